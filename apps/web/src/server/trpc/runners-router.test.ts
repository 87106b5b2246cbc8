import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './app-router.ts';
import { type TestContext, openTestContext } from './test-context.ts';

let test: TestContext;

beforeAll(async () => {
  test = await openTestContext();
});

afterAll(async () => {
  await test.close();
});

describe('runners router', () => {
  it('lists connected runners as runners:changed does, busy while they hold a job', async () => {
    const caller = createCaller(test.context);
    expect(await caller.runners.list()).toEqual([]);
    const { runners, hub } = test.context;
    runners.add({
      connectionId: 'c1',
      name: 'gpu-1',
      connectedAt: new Date(),
      nodeTypes: ['ar.plan'],
      providers: ['cuda', 'cpu'],
    });
    hub.links.add({
      connectionId: 'c1',
      name: 'gpu-1',
      nodeTypes: new Set(['ar.plan']),
      offer: () => Promise.resolve({ ok: true }),
      cancel: () => undefined,
    });
    expect(await caller.runners.list()).toEqual([
      { name: 'gpu-1', nodeTypes: ['ar.plan'], providers: ['cuda', 'cpu'], busy: false },
    ]);
    await hub.links.acquire('ar.plan', { signal: new AbortController().signal, timeoutMs: 100 });
    expect((await caller.runners.list())[0]?.busy).toBe(true);
  });
});
