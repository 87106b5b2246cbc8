import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, openTestContext } from '../trpc/test-context.ts';
import { handleAuthRequest } from './auth-routes.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, parseCookies } from './cookies.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

let test: TestContext;
let base = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  test = await openTestContext();
  const deps = {
    database: test.context.database,
    auth: { accounts: true, secureCookies: false },
    throttle: new SignInThrottle(5),
  };
  const http = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    void handleAuthRequest(req, res, pathname, deps).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  close = () => http.close();
});

afterAll(async () => {
  close();
  await test.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/auth/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

function cookiesOf(res: Response): Map<string, string> {
  return parseCookies(
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  );
}

describe('/api/auth with accounts on', () => {
  const email = 'ada@example.test';
  const password = 'correct horse battery';

  it('signs up, stores only an argon2id hash, and starts an httpOnly session', async () => {
    const res = await post('signup', { email, password, displayName: 'Ada' });
    expect(res.status).toBe(201);
    const setCookies = res.headers.getSetCookie();
    expect(setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/HttpOnly/);
    expect(setCookies.find((c) => c.startsWith(`${CSRF_COOKIE}=`))).not.toMatch(/HttpOnly/);
    const row = await test.context.database.users.findForSignIn(email);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(password);

    const me = await fetch(`${base}/api/auth/me`, {
      headers: { cookie: `${SESSION_COOKIE}=${cookiesOf(res).get(SESSION_COOKIE)}` },
    });
    expect(await me.json()).toMatchObject({ accounts: true, user: { email, displayName: 'Ada' } });
  });

  it('refuses a second account with the same email, short passwords and bad emails', async () => {
    expect((await post('signup', { email: 'ADA@example.test', password })).status).toBe(409);
    const short = await post('signup', { email: 'x@example.test', password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.json()).toEqual({ error: 'The password needs at least 8 characters.' });
    expect((await post('signup', { email: 'nope', password })).status).toBe(400);
  });

  it('signs in with the right password only, and says the same for unknown emails', async () => {
    const wrong = await post('signin', { email, password: 'wrong password' });
    const unknown = await post('signin', { email: 'nobody@example.test', password });
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    const ok = await post('signin', { email, password });
    expect(ok.status).toBe(200);
    expect(cookiesOf(ok).get(SESSION_COOKIE)).toMatch(/^[\w-]{43}$/);
  });

  it('refuses sign-in from another origin and sign-out without the CSRF token', async () => {
    const cross = await post('signin', { email, password }, { origin: 'https://evil.test' });
    expect(cross.status).toBe(403);
    const jar = cookiesOf(await post('signin', { email, password }));
    const cookie = `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE)}`;
    expect((await post('signout', {}, { cookie })).status).toBe(403);
    const out = await post('signout', {}, { cookie, [CSRF_HEADER]: jar.get(CSRF_COOKIE) ?? '' });
    expect(out.status).toBe(200);
    const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
    expect(await me.json()).toEqual({ accounts: true, user: null });
  });

  it('answers 429 after five wrong passwords for one email, even with the right one', async () => {
    const target = 'carol@example.test';
    expect((await post('signup', { email: target, password })).status).toBe(201);
    for (let i = 0; i < 5; i++)
      expect((await post('signin', { email: target, password: 'guess' })).status).toBe(401);
    const blocked = await post('signin', { email: target, password });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: string }).error).toMatch(
      /^Too many failed sign-ins/,
    );
    expect((await post('signin', { email, password })).status).toBe(200);
  });
});
