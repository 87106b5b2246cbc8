import { describe, expect, it } from 'vitest';
import type { JobOffer } from '@tessera/protocol';
import { type RunnerLink, RunnerLinks } from './runner-links.ts';

const link = (connectionId: string): RunnerLink => ({
  connectionId,
  name: connectionId,
  nodeTypes: new Set(['prompt']),
  offer: () => Promise.resolve({ ok: true }),
  cancel: () => undefined,
});

const offer = (jobId: string): JobOffer => ({
  jobId,
  runId: 'r',
  nodeId: 'prompt',
  nodeType: 'prompt',
  attempt: 1,
  params: {},
  workflow: {},
  inputs: {},
});

describe('RunnerLinks busy changes', () => {
  it('tells listeners when a runner is taken and when its job ends', async () => {
    const links = new RunnerLinks();
    links.add(link('c1'));
    const seen: boolean[] = [];
    const stop = links.onBusyChange(() => seen.push(links.busy('c1')));
    const taken = await links.acquire('prompt', {
      signal: new AbortController().signal,
      timeoutMs: 100,
    });
    expect(seen).toEqual([true]);
    const outcome = links.run(taken!, offer('j1'), () => undefined);
    await Promise.resolve();
    links.report('c1', 'j1', { kind: 'finished', outputs: {}, ms: 1 });
    expect(await outcome).toMatchObject({ kind: 'finished' });
    expect(seen).toEqual([true, false]);
    links.release('c1'); // already idle: no change to report
    stop();
    await links.acquire('prompt', { signal: new AbortController().signal, timeoutMs: 100 });
    expect(seen).toEqual([true, false]);
  });
});
