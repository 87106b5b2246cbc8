// Who is asking: the local user (accounts off), a signed-in user, or an anonymous visitor.
import type { IncomingHttpHeaders } from 'node:http';
import { LOCAL_USER_ID, type Database, type UserId } from '@tessera/db';
import { CSRF_HEADER, SESSION_COOKIE, parseCookies } from './cookies.ts';
import { sameSecret, sessionIdOf } from './session-token.ts';

export type Actor =
  /** Accounts are off: the one local user, who may do everything. */
  | { readonly kind: 'local'; readonly userId: UserId }
  | {
      readonly kind: 'user';
      readonly userId: UserId;
      readonly email: string;
      readonly displayName: string;
      readonly sessionId: string;
      readonly csrfToken: string;
    }
  /** Accounts are on and nobody is signed in. */
  | { readonly kind: 'anonymous' };

export const LOCAL_ACTOR: Actor = { kind: 'local', userId: LOCAL_USER_ID };
export const ANONYMOUS: Actor = { kind: 'anonymous' };

export interface AuthSettings {
  /** Sign-up/sign-in and per-user ownership; off means one local user and no login. */
  readonly accounts: boolean;
  /** Mark cookies Secure (the app is served over HTTPS). */
  readonly secureCookies: boolean;
}

/** The actor behind a request's cookies. */
export async function actorOf(
  headers: IncomingHttpHeaders,
  database: Database,
  auth: AuthSettings,
): Promise<Actor> {
  if (!auth.accounts) return LOCAL_ACTOR;
  const token = parseCookies(headers.cookie).get(SESSION_COOKIE);
  if (!token) return ANONYMOUS;
  const active = await database.sessions.findActive(sessionIdOf(token));
  if (!active) return ANONYMOUS;
  return {
    kind: 'user',
    userId: active.user.id,
    email: active.user.email ?? '',
    displayName: active.user.displayName,
    sessionId: active.session.id,
    csrfToken: active.session.csrfToken,
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may change state: safe methods always; otherwise a signed-in user must echo
 * the session's CSRF token in the `x-tessera-csrf` header (a cross-site form cannot read it).
 */
export function passesCsrf(method: string | undefined, headers: IncomingHttpHeaders, actor: Actor) {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return true;
  if (actor.kind !== 'user') return true;
  const sent = headers[CSRF_HEADER];
  return typeof sent === 'string' && sameSecret(sent, actor.csrfToken);
}
