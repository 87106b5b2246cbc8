import { describe, expect, it } from 'vitest';
import { providers, useTestDatabase } from '../testing/test-database.ts';

describe.each(providers)('ApiTokenRepository on %s', (provider) => {
  const t = useTestDatabase(provider);
  const newUser = () =>
    t.db.users.create({
      email: `${Math.random().toString(36).slice(2)}@x.test`,
      passwordHash: 'h',
    });

  it('finds a live token by its hash, lists it, and stops finding it once revoked', async () => {
    const user = await newUser();
    const made = await t.db.apiTokens.create({
      userId: user.id,
      name: 'render bot',
      tokenHash: `hash-a-${provider}`,
      prefix: 'tsr_abcd',
    });
    const found = await t.db.apiTokens.findLive(`hash-a-${provider}`);
    expect(found).toMatchObject({ id: made.id, userId: user.id, name: 'render bot' });
    expect(found?.lastUsedAt).toBeInstanceOf(Date);
    expect(await t.db.apiTokens.findLive('no-such-hash')).toBeNull();

    expect(await t.db.apiTokens.revoke(user.id, made.id)).toBe(true);
    expect(await t.db.apiTokens.findLive(`hash-a-${provider}`)).toBeNull();
    expect(await t.db.apiTokens.revoke(user.id, made.id)).toBe(false);
    const [listed] = await t.db.apiTokens.list(user.id);
    expect(listed?.revokedAt).toBeInstanceOf(Date);
  });

  it('lets only the owner revoke a token and list it', async () => {
    const owner = await newUser();
    const other = await newUser();
    const token = await t.db.apiTokens.create({
      userId: owner.id,
      name: 'mine',
      tokenHash: `hash-b-${provider}`,
      prefix: 'tsr_efgh',
    });
    expect(await t.db.apiTokens.revoke(other.id, token.id)).toBe(false);
    expect(await t.db.apiTokens.list(other.id)).toEqual([]);
    expect(await t.db.apiTokens.findLive(`hash-b-${provider}`)).not.toBeNull();
  });
});
