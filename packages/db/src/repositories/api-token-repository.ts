// Bearer tokens for the ComfyUI-compatible API. A token is made and shown once by the web
// server; only its sha256 is stored here, with a short prefix to tell tokens apart. Revoking
// keeps the row (the account page lists it as revoked) and stops it opening anything.
import type { DbClient } from '../client/db-client.ts';
import { asId, type UserId } from '../ids.ts';
import { withWriteRetry } from './retry.ts';

export interface ApiTokenRecord {
  readonly id: string;
  readonly userId: UserId;
  readonly name: string;
  readonly prefix: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface CreateApiTokenInput {
  readonly userId: UserId;
  readonly name: string;
  /** sha256 of the token, hex. */
  readonly tokenHash: string;
  readonly prefix: string;
}

/** `lastUsedAt` is written at most this often per token (not on every request). */
const LAST_USED_RESOLUTION_MS = 60_000;

type Row = Omit<ApiTokenRecord, 'userId'> & { userId: string };
const toRecord = ({ id, userId, name, prefix, createdAt, lastUsedAt, revokedAt }: Row) => ({
  id,
  userId: asId<UserId>(userId),
  name,
  prefix,
  createdAt,
  lastUsedAt,
  revokedAt,
});

export class ApiTokenRepository {
  constructor(private readonly db: DbClient) {}

  async create(input: CreateApiTokenInput): Promise<ApiTokenRecord> {
    const row = await withWriteRetry(() => this.db.apiToken.create({ data: { ...input } }));
    return toRecord(row);
  }

  /** The user's tokens, newest first, revoked ones included. */
  async list(userId: UserId): Promise<ApiTokenRecord[]> {
    const rows = await this.db.apiToken.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    });
    return rows.map(toRecord);
  }

  /** Revokes one of the user's own tokens; false when they have no such live token. */
  async revoke(userId: UserId, id: string, now: Date = new Date()): Promise<boolean> {
    const { count } = await withWriteRetry(() =>
      this.db.apiToken.updateMany({
        where: { id, userId, revokedAt: null },
        data: { revokedAt: now },
      }),
    );
    return count > 0;
  }

  /** The live (not revoked) token with this hash, noting its use; null otherwise. */
  async findLive(tokenHash: string, now: Date = new Date()): Promise<ApiTokenRecord | null> {
    const row = await this.db.apiToken.findUnique({ where: { tokenHash } });
    if (!row || row.revokedAt !== null) return null;
    const stale =
      row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS;
    if (stale)
      await withWriteRetry(() =>
        this.db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }),
      );
    return toRecord(stale ? { ...row, lastUsedAt: now } : row);
  }
}
