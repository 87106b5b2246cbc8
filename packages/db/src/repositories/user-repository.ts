// People: accounts (email + password hash) when sign-in is enabled, and the one local user the
// embedded, login-free mode owns everything as.
import type { DbClient } from '../client/db-client.ts';
import type { User } from '../generated/sqlite/client.ts';
import { EmailTakenError } from '../errors/email-taken-error.ts';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { asId, type UserId } from '../ids.ts';
import { isUniqueViolation } from './prisma-errors.ts';
import { withWriteRetry } from './retry.ts';

/** The id of the user who owns everything when accounts are off. */
export const LOCAL_USER_ID = 'local' as UserId;

export interface UserRecord {
  readonly id: UserId;
  readonly email: string | null;
  readonly displayName: string;
  readonly createdAt: Date;
}

/** A user with the stored password hash, for sign-in only. */
export interface UserWithPassword extends UserRecord {
  readonly passwordHash: string | null;
}

const toUserRecord = (row: User): UserRecord => ({
  id: asId<UserId>(row.id),
  email: row.email,
  displayName: row.displayName,
  createdAt: row.createdAt,
});

/** Emails compare case-insensitively: they are stored trimmed and lower case. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export class UserRepository {
  constructor(private readonly db: DbClient) {}

  /** Creates an account; throws EmailTakenError when the email is in use. */
  async create(input: {
    email: string;
    passwordHash: string;
    displayName?: string;
  }): Promise<UserRecord> {
    const email = normalizeEmail(input.email);
    if (email === '') throw new InvalidInputError('An account needs an email.');
    try {
      const row = await withWriteRetry(() =>
        this.db.user.create({
          data: {
            email,
            passwordHash: input.passwordHash,
            displayName: input.displayName?.trim() || email.split('@')[0] || email,
          },
        }),
      );
      return toUserRecord(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(email);
      throw error;
    }
  }

  async get(id: UserId): Promise<UserRecord | null> {
    const row = await this.db.user.findUnique({ where: { id } });
    return row ? toUserRecord(row) : null;
  }

  async findForSignIn(email: string): Promise<UserWithPassword | null> {
    const row = await this.db.user.findUnique({ where: { email: normalizeEmail(email) } });
    return row ? { ...toUserRecord(row), passwordHash: row.passwordHash } : null;
  }

  /** The local user (created on first use); owner of everything made without accounts. */
  async ensureLocalUser(): Promise<UserRecord> {
    const row = await withWriteRetry(() =>
      this.db.user.upsert({
        where: { id: LOCAL_USER_ID },
        create: { id: LOCAL_USER_ID, displayName: 'Local user' },
        update: {},
      }),
    );
    return toUserRecord(row);
  }
}
