// Session tokens: 256 random bits in the cookie; the database keeps only their sha256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface SessionSecret {
  /** What the browser holds (httpOnly cookie). */
  readonly token: string;
  /** What the database keys the session by. */
  readonly id: string;
}

export const sessionIdOf = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export function newSessionSecret(): SessionSecret {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/** A fresh CSRF token for a session (sent back by the page in a header). */
export const newCsrfToken = (): string => randomBytes(24).toString('base64url');

/** Constant-time string comparison. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
