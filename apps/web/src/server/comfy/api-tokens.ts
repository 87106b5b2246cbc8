// Bearer tokens for the ComfyUI-compatible API: 32 random bytes, base64url, after a `tsr_`
// prefix so that a leaked one is recognisable. Only the sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Database, UserId } from '@tessera/db';

const TOKEN_PREFIX = 'tsr_';
/** Characters of the token kept in clear to tell tokens apart (`tsr_` and 6 more). */
const SHOWN_CHARACTERS = 10;

export const hashApiToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

export interface NewApiToken {
  readonly token: string;
  readonly tokenHash: string;
  readonly prefix: string;
}

export function newApiToken(): NewApiToken {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_CHARACTERS) };
}

/** The owner of a live token, or undefined (unknown, revoked, or not a token at all). */
export async function userOfApiToken(
  database: Pick<Database, 'apiTokens'>,
  token: string,
): Promise<UserId | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const found = await database.apiTokens.findLive(hashApiToken(token));
  return found?.userId;
}
