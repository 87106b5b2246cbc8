// /api/auth/*: sign up, sign in, sign out, and who am I. Sessions live in httpOnly cookies; the
// CSRF token goes to the page in a readable cookie and comes back in a header.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { EmailTakenError, type Database, type UserId, normalizeEmail } from '@tessera/db';
import { sendJson } from '../http/respond.ts';
import { type Actor, type AuthSettings, actorOf, passesCsrf } from './actor.ts';
import { CSRF_COOKIE, SESSION_COOKIE, serializeCookie } from './cookies.ts';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  verifyPassword,
} from './password.ts';
import { BodyError, readJsonBody } from './read-json-body.ts';
import { isSameOrigin } from './same-origin.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { disconnectSession } from './socket-access.ts';
import { newCsrfToken, newSessionSecret } from './session-token.ts';

/** Thirty days. */
export const SESSION_SECONDS = 30 * 24 * 3600;

const zPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`);
const zSignUp = z.object({
  email: z.string().trim().email('That is not an email address.').max(254),
  password: zPassword,
  displayName: z.string().trim().max(100).optional(),
});
const zSignIn = z.object({ email: z.string().max(254), password: z.string().max(1024) });

export interface AuthRouteDeps {
  readonly database: Database;
  readonly auth: AuthSettings;
  /** Failed sign-ins per address and email (default: one for the process). */
  readonly throttle?: SignInThrottle;
}

const processThrottle = new SignInThrottle();

/** What the page learns about the actor (never the session id). */
export function describeActor(actor: Actor, auth: AuthSettings) {
  return {
    accounts: auth.accounts,
    user:
      actor.kind === 'user'
        ? { id: actor.userId, email: actor.email, displayName: actor.displayName }
        : actor.kind === 'local'
          ? { id: actor.userId, email: null, displayName: 'Local user' }
          : null,
  };
}

async function startSession(res: ServerResponse, deps: AuthRouteDeps, userId: UserId) {
  const secret = newSessionSecret();
  const csrfToken = newCsrfToken();
  await deps.database.sessions.create({
    id: secret.id,
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000),
  });
  const secure = deps.auth.secureCookies;
  res.setHeader('set-cookie', [
    serializeCookie(SESSION_COOKIE, secret.token, {
      httpOnly: true,
      maxAge: SESSION_SECONDS,
      secure,
    }),
    serializeCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, maxAge: SESSION_SECONDS, secure }),
  ]);
}

function clearSession(res: ServerResponse, deps: AuthRouteDeps): void {
  const secure = deps.auth.secureCookies;
  res.setHeader('set-cookie', [
    serializeCookie(SESSION_COOKIE, '', { httpOnly: true, maxAge: 0, secure }),
    serializeCookie(CSRF_COOKIE, '', { httpOnly: false, maxAge: 0, secure }),
  ]);
}

const firstIssue = (error: z.ZodError): string => error.issues[0]?.message ?? 'Invalid input.';

/** Hashed once, so an unknown email costs as much time as a wrong password. */
let decoyHash: Promise<string> | undefined;

async function signUp(req: IncomingMessage, res: ServerResponse, deps: AuthRouteDeps) {
  const parsed = zSignUp.safeParse(await readJsonBody(req));
  if (!parsed.success) return sendJson(res, 400, { error: firstIssue(parsed.error) });
  const { email, password, displayName } = parsed.data;
  try {
    const user = await deps.database.users.create({
      email,
      passwordHash: await hashPassword(password),
      ...(displayName ? { displayName } : {}),
    });
    await startSession(res, deps, user.id);
    sendJson(res, 201, { user: { id: user.id, email: user.email, displayName: user.displayName } });
  } catch (error) {
    if (error instanceof EmailTakenError) return sendJson(res, 409, { error: error.message });
    throw error;
  }
}

async function signIn(req: IncomingMessage, res: ServerResponse, deps: AuthRouteDeps) {
  const parsed = zSignIn.safeParse(await readJsonBody(req));
  if (!parsed.success) return sendJson(res, 400, { error: firstIssue(parsed.error) });
  const throttle = deps.throttle ?? processThrottle;
  const key = `${req.socket.remoteAddress ?? ''}|${normalizeEmail(parsed.data.email)}`;
  const verdict = throttle.check(key);
  if (!verdict.allowed) {
    res.setHeader('retry-after', String(verdict.retryAfterSeconds));
    const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
    return sendJson(res, 429, {
      error: `Too many failed sign-ins for this email: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
  }
  const user = await deps.database.users.findForSignIn(parsed.data.email);
  decoyHash ??= hashPassword('decoy password for unknown emails');
  const stored = user?.passwordHash ?? (await decoyHash);
  const ok = (await verifyPassword(stored, parsed.data.password)) && user?.passwordHash != null;
  if (!user || !ok) {
    throttle.fail(key);
    return sendJson(res, 401, { error: 'Wrong email or password.' });
  }
  throttle.succeed(key);
  await startSession(res, deps, user.id);
  sendJson(res, 200, { user: { id: user.id, email: user.email, displayName: user.displayName } });
}

/** Handles `/api/auth/*`; returns false for other paths. */
export async function handleAuthRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: AuthRouteDeps,
): Promise<boolean> {
  if (!pathname.startsWith('/api/auth/')) return false;
  const route = pathname.slice('/api/auth/'.length);
  const actor = await actorOf(req.headers, deps.database, deps.auth);
  try {
    if (route === 'me' && req.method === 'GET') sendJson(res, 200, describeActor(actor, deps.auth));
    else if (req.method !== 'POST') sendJson(res, 405, { error: 'Use POST.' });
    else if (!deps.auth.accounts)
      sendJson(res, 404, { error: 'Accounts are off on this server: everyone is the local user.' });
    else if (route === 'signout') {
      if (!passesCsrf(req.method, req.headers, actor))
        return (sendJson(res, 403, { error: 'The CSRF token is missing or wrong.' }), true);
      if (actor.kind === 'user') {
        await deps.database.sessions.delete(actor.sessionId);
        disconnectSession(actor.sessionId);
      }
      clearSession(res, deps);
      sendJson(res, 200, { ok: true });
    } else if (!isSameOrigin(req.headers))
      sendJson(res, 403, { error: 'Sign-in requests must come from this site.' });
    else if (route === 'signup') await signUp(req, res, deps);
    else if (route === 'signin') await signIn(req, res, deps);
    else sendJson(res, 404, { error: `There is no auth route ${route}.` });
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    sendJson(res, error.status, { error: error.message });
  }
  return true;
}
