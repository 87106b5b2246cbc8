import { describe, expect, it } from 'vitest';
import type { EngineEvent } from './events.ts';
import { executed, fakeEngine, recorder, summary, sunk, workflow } from './test-support.ts';

/** a → bad → after (sink), and good → fine (sink): one branch fails. */
const twoBranches = (failing = true) =>
  workflow(
    {
      a: { type: 'test.number' },
      bad: { type: failing ? 'test.fail' : 'test.slow', params: {} },
      after: { type: 'test.sink' },
      good: { type: 'test.number', params: { value: 4 } },
      fine: { type: 'test.sink' },
    },
    ['a.value -> bad.value', 'bad.value -> after.value', 'good.value -> fine.value'],
  );

describe('the engine: a failing node', () => {
  it('is named with its message, its dependents are skipped, and independent branches finish', async () => {
    const engine = fakeEngine();
    const { events, onEvent } = recorder();
    const result = await engine.run({ workflow: twoBranches(), onEvent });
    expect(result.status).toBe('failed');
    expect(result.failures).toEqual([
      { nodeId: 'bad', nodeType: 'test.fail', message: 'the model ran out of memory' },
    ]);
    expect(sunk).toEqual([{ node: 'fine', value: 4 }]);
    expect([...result.results.keys()]).toEqual(['a', 'good', 'fine']);
    expect(events.find((e) => e.type === 'node-skipped')).toMatchObject({
      nodeId: 'after',
      blockedBy: 'bad',
    });
    expect(events.at(-1)).toMatchObject({ type: 'run-failed', failures: result.failures });
  });

  it('keeps what finished: fixing the node re-runs only it and its dependents', async () => {
    const engine = fakeEngine();
    await engine.run({ workflow: twoBranches() });
    executed.length = 0;
    const result = await engine.run({ workflow: twoBranches(false) });
    expect(result.status).toBe('succeeded');
    expect(executed).toEqual(['bad', 'after']);
  });

  it('fails a node that does not return a declared output, naming the output', async () => {
    const result = await fakeEngine().run({
      workflow: workflow({ f: { type: 'test.forgetful' }, out: { type: 'test.sink' } }, [
        'f.value -> out.value',
      ]),
    });
    expect(result.failures).toEqual([
      {
        nodeId: 'f',
        nodeType: 'test.forgetful',
        message: 'test.forgetful returned no value for output "value"',
      },
    ]);
  });

  it('is not disturbed by a listener that throws', async () => {
    const result = await fakeEngine().run({
      workflow: twoBranches(false),
      onEvent: () => {
        throw new Error('socket closed');
      },
    });
    expect(result.status).toBe('succeeded');
  });
});

describe('the engine: cancellation', () => {
  /** a → slow (20 steps) → out. */
  const slowly = workflow(
    {
      a: { type: 'test.number' },
      slow: { type: 'test.slow', params: { steps: 20 } },
      out: { type: 'test.sink' },
    },
    ['a.value -> slow.value', 'slow.value -> out.value'],
  );

  it('stops the executing node within one step, starts nothing after, caches nothing partial', async () => {
    const engine = fakeEngine();
    const controller = new AbortController();
    const events: EngineEvent[] = [];
    const result = await engine.run({
      workflow: slowly,
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'node-progress' && event.step === 3) controller.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    const steps = events.filter((e) => e.type === 'node-progress');
    expect(steps).toHaveLength(3);
    expect(summary(events).slice(-2)).toEqual(['node-partial:slow', 'run-cancelled:slow']);
    expect(sunk).toEqual([]);
    expect([...result.results.keys()]).toEqual(['a']);

    executed.length = 0;
    expect((await engine.run({ workflow: slowly })).status).toBe('succeeded');
    expect(executed).toEqual(['slow', 'out']);
  });

  it('runs nothing when the signal has fired before the run', async () => {
    const { events, onEvent } = recorder();
    const result = await fakeEngine().run({
      workflow: slowly,
      signal: AbortSignal.abort(),
      onEvent,
    });
    expect(result.status).toBe('cancelled');
    expect(executed).toEqual([]);
    expect(summary(events)).toEqual(['run-started', 'run-cancelled']);
  });
});
