import { describe, expect, it } from 'vitest';
import { EmailTakenError } from '../errors/email-taken-error.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';
import { LOCAL_USER_ID } from './user-repository.ts';

describe.each(providers)('UserRepository and SessionRepository on %s', (provider) => {
  const t = useTestDatabase(provider);
  const email = (name: string) =>
    `${name}-${provider}-${Math.random().toString(36).slice(2)}@x.test`;

  it('creates an account once per email, whatever its case, and finds it for sign-in', async () => {
    const address = email('Ada');
    const user = await t.db.users.create({ email: address.toUpperCase(), passwordHash: 'h1' });
    expect(user.email).toBe(address.toLowerCase());
    await expect(
      t.db.users.create({ email: ` ${address} `, passwordHash: 'h2' }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    const found = await t.db.users.findForSignIn(address.toUpperCase());
    expect(found).toMatchObject({ id: user.id, passwordHash: 'h1' });
    expect(await t.db.users.findForSignIn(email('nobody'))).toBeNull();
  });

  it('keeps one local user however often it is asked for', async () => {
    const a = await t.db.users.ensureLocalUser();
    const b = await t.db.users.ensureLocalUser();
    expect(a.id).toBe(LOCAL_USER_ID);
    expect(b).toEqual(a);
  });

  it('finds a live session with its user, and forgets expired and deleted ones', async () => {
    const user = await t.db.users.create({ email: email('s'), passwordHash: 'h' });
    const live = { id: `live-${provider}`, userId: user.id, csrfToken: 'c1' };
    await t.db.sessions.create({ ...live, expiresAt: new Date(Date.now() + 60_000) });
    const active = await t.db.sessions.findActive(live.id);
    expect(active?.user.id).toBe(user.id);
    expect(active?.session.csrfToken).toBe('c1');

    const old = { id: `old-${provider}`, userId: user.id, csrfToken: 'c2' };
    await t.db.sessions.create({ ...old, expiresAt: new Date(Date.now() - 1) });
    expect(await t.db.sessions.findActive(old.id)).toBeNull();
    expect(await t.db.prisma.session.findUnique({ where: { id: old.id } })).toBeNull();

    await t.db.sessions.delete(live.id);
    expect(await t.db.sessions.findActive(live.id)).toBeNull();
  });
});
