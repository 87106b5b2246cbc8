// Signed-in browsers. The cookie carries a random token; the row is keyed by its sha256, so a
// leaked database does not hand out live sessions.
import type { DbClient } from '../client/db-client.ts';
import { asId, type UserId } from '../ids.ts';
import { withWriteRetry } from './retry.ts';
import type { UserRecord } from './user-repository.ts';

export interface SessionRecord {
  /** sha256 of the token, hex. */
  readonly id: string;
  readonly userId: UserId;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export interface ActiveSession {
  readonly session: SessionRecord;
  readonly user: UserRecord;
}

export class SessionRepository {
  constructor(private readonly db: DbClient) {}

  async create(input: SessionRecord): Promise<SessionRecord> {
    await withWriteRetry(() => this.db.session.create({ data: { ...input } }));
    return input;
  }

  /** The session and its user, or null when unknown or expired (an expired one is removed). */
  async findActive(id: string, now: Date = new Date()): Promise<ActiveSession | null> {
    const row = await this.db.session.findUnique({ where: { id }, include: { user: true } });
    if (!row) return null;
    if (row.expiresAt.getTime() <= now.getTime()) {
      await this.delete(id);
      return null;
    }
    return {
      session: {
        id: row.id,
        userId: asId<UserId>(row.userId),
        csrfToken: row.csrfToken,
        expiresAt: row.expiresAt,
      },
      user: {
        id: asId<UserId>(row.user.id),
        email: row.user.email,
        displayName: row.user.displayName,
        createdAt: row.user.createdAt,
      },
    };
  }

  async delete(id: string): Promise<void> {
    await withWriteRetry(() => this.db.session.deleteMany({ where: { id } }));
  }
}
