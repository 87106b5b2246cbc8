import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/not-found-error.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

describe.each(providers)('RunnerRepository on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('registers a runner by name and updates its capabilities on the next upsert', async () => {
    const first = await t.db.runners.upsert({
      name: 'cpu-1',
      capabilities: { nodeTypes: ['prompt'], providers: ['cpu'] },
    });
    const again = await t.db.runners.upsert({
      name: 'cpu-1',
      capabilities: { nodeTypes: ['prompt', 'ar.plan'], memoryMb: 2048 },
    });
    expect(again.id).toBe(first.id);
    expect(again.capabilities).toEqual({ nodeTypes: ['prompt', 'ar.plan'], memoryMb: 2048 });
    expect(again.lastSeenAt.getTime()).toBeGreaterThanOrEqual(first.lastSeenAt.getTime());
    expect(await t.db.runners.get('cpu-1')).toEqual(again);
  });

  it('records heartbeats and lists runners seen recently', async () => {
    await t.db.runners.upsert({ name: 'gpu-old', capabilities: {} });
    await t.db.runners.upsert({ name: 'gpu-new', capabilities: {} });
    const longAgo = new Date(Date.now() - 3_600_000);
    const touched = await t.db.runners.touch('gpu-old', longAgo);
    expect(touched.lastSeenAt).toEqual(longAgo);

    const recent = await t.db.runners.list({ seenSince: new Date(Date.now() - 60_000) });
    expect(recent.map((r) => r.name)).toContain('gpu-new');
    expect(recent.map((r) => r.name)).not.toContain('gpu-old');
    const all = (await t.db.runners.list()).map((r) => r.name);
    expect(all).toEqual([...all].sort());
    expect(all).toContain('gpu-old');
  });

  it('reports heartbeats of unknown runners as not found', async () => {
    await expect(t.db.runners.touch(`ghost-${provider}`)).rejects.toBeInstanceOf(NotFoundError);
  });
});
