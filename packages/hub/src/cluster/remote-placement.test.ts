// Runner links holding runners of other servers: a remote runner is reserved through its server
// before it is given a node, and one busy elsewhere is passed over until its server frees it.
import { describe, expect, it } from 'vitest';
import { type RunnerLink, RunnerLinks } from '../runner-links.ts';

const remote = (connectionId: string, answers: boolean[]): RunnerLink & { asked: number } => {
  const state = {
    connectionId,
    name: connectionId,
    nodeTypes: new Set(['ar.plan']),
    asked: 0,
    offer: () => Promise.resolve({ ok: true as const }),
    cancel: () => undefined,
    reserve: () => {
      state.asked += 1;
      return Promise.resolve(answers.shift() ?? false);
    },
  };
  return state;
};

const acquire = (links: RunnerLinks, signal = new AbortController().signal) =>
  links.acquire('ar.plan', { signal, timeoutMs: 5_000 });

describe('placing nodes on runners attached to other servers', () => {
  it('asks the runner’s server for it, and takes another one when that server has just given it away', async () => {
    const links = new RunnerLinks();
    const taken = remote('on-b', [false]);
    const free = remote('on-c', [true]);
    links.add(taken);
    links.add(free);
    expect((await acquire(links))?.connectionId).toBe('on-c');
    expect(taken.asked).toBe(1);
    expect(links.busy('on-b')).toBe(true); // held elsewhere until its server says otherwise
    expect(links.busy('on-c')).toBe(true); // reserved here
  });

  it('waits while every capable runner is held elsewhere, and takes one as soon as it is freed', async () => {
    const links = new RunnerLinks();
    const runner = remote('on-b', [true]);
    links.add(runner);
    links.setHeldElsewhere('on-b', true);
    const waiting = acquire(links);
    await new Promise((resolve) => setImmediate(resolve));
    expect(runner.asked).toBe(0);
    links.setHeldElsewhere('on-b', false);
    expect((await waiting)?.connectionId).toBe('on-b');
    expect(runner.asked).toBe(1);
  });

  it('reserves its own idle runner for another server once, and never a remote one', () => {
    const links = new RunnerLinks();
    links.add({
      connectionId: 'mine',
      name: 'mine',
      nodeTypes: new Set(['ar.plan']),
      offer: () => Promise.resolve({ ok: true }),
      cancel: () => undefined,
    });
    links.add(remote('theirs', [true]));
    expect(links.tryReserve('mine')).toBe(true);
    expect(links.tryReserve('mine')).toBe(false);
    expect(links.tryReserve('theirs')).toBe(false);
    links.release('mine');
    expect(links.tryReserve('mine')).toBe(true);
  });
});
