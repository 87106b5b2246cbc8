import { describe, expect, it } from 'vitest';
import type { JobOffer } from '@tessera/protocol';
import { type RunnerLink, RunnerLinks, holdsModel, modelNamed } from './runner-links.ts';

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

describe('RunnerLinks placement by model', () => {
  const holding = (connectionId: string, models: string[]): RunnerLink => ({
    ...link(connectionId),
    nodeTypes: new Set(['ar.plan']),
    models: new Set(models),
  });

  it('gives a node only to a runner that holds the model it names', async () => {
    const links = new RunnerLinks();
    links.add(holding('other', ['tessera-large']));
    links.add(holding('tiny', ['tessera-tiny']));
    const taken = await links.acquire('ar.plan', {
      model: 'tessera-tiny',
      signal: new AbortController().signal,
      timeoutMs: 100,
    });
    expect(taken?.connectionId).toBe('tiny');
  });

  it('gives up after the timeout when no runner holds the model', async () => {
    const links = new RunnerLinks();
    links.add(holding('tiny', ['tessera-tiny']));
    const taken = await links.acquire('ar.plan', {
      model: 'tessera-missing',
      signal: new AbortController().signal,
      timeoutMs: 30,
    });
    expect(taken).toBeUndefined();
    expect(links.busy('tiny')).toBe(false);
  });

  it('places a node that names no model by its type alone', async () => {
    const links = new RunnerLinks();
    links.add(holding('bare', []));
    const taken = await links.acquire('ar.plan', {
      signal: new AbortController().signal,
      timeoutMs: 30,
    });
    expect(taken?.connectionId).toBe('bare');
  });
});

describe('modelNamed and holdsModel', () => {
  it('read the model param and treat a link that reports no models as unrestricted', () => {
    expect(modelNamed({ model: 'tessera-tiny', seed: 1 })).toBe('tessera-tiny');
    expect(modelNamed({ model: '' })).toBeUndefined();
    expect(modelNamed({ seed: 1 })).toBeUndefined();
    expect(holdsModel(link('fake'), 'anything')).toBe(true);
    expect(holdsModel({ ...link('x'), models: new Set(['a']) }, 'b')).toBe(false);
    expect(holdsModel({ ...link('x'), models: new Set(['a']) }, undefined)).toBe(true);
  });
});
