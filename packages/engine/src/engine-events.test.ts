import { describe, expect, it } from 'vitest';
import type { EngineEvent } from './events.ts';
import { fakeEngine, recorder, summary, workflow } from './test-support.ts';

/** n → slow (2 steps) → out. */
const doc = workflow(
  {
    n: { type: 'test.number', params: { value: 5 } },
    slow: { type: 'test.slow', params: { steps: 2 } },
    out: { type: 'test.sink' },
  },
  ['n.value -> slow.value', 'slow.value -> out.value'],
);

/** A clock that advances 10 ms each time it is read. */
function tickingClock() {
  let now = 1000;
  return { now: () => (now += 10) };
}

describe('the engine: events', () => {
  it('reports a run in order: started, each node with progress, partials and logs, finished', async () => {
    const { events, onEvent } = recorder();
    const engine = fakeEngine({ clock: tickingClock() });
    await engine.run({ workflow: doc, onEvent, runId: 'run-1' });
    expect(summary(events)).toEqual([
      'run-started',
      'node-started:n',
      'node-finished:n',
      'node-started:slow',
      'node-log:slow',
      'node-progress:slow',
      'node-partial:slow',
      'node-progress:slow',
      'node-partial:slow',
      'node-finished:slow',
      'node-started:out',
      'node-finished:out',
      'run-finished',
    ]);
    expect(events[0]).toEqual({
      type: 'run-started',
      runId: 'run-1',
      at: expect.any(Number) as number,
      order: ['n', 'slow', 'out'],
    });
    expect(events.every((e) => e.runId === 'run-1')).toBe(true);
    const at = events.map((e) => e.at);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    const of = <T extends EngineEvent['type']>(type: T, node: string) =>
      events.find((e) => e.type === type && 'nodeId' in e && e.nodeId === node) as Extract<
        EngineEvent,
        { type: T }
      >;
    expect(of('node-log', 'slow')).toMatchObject({ level: 'info', message: '2 steps' });
    expect(of('node-progress', 'slow')).toMatchObject({ nodeType: 'test.slow', step: 1, total: 2 });
    expect(of('node-partial', 'slow').output).toMatchObject({ kind: 'plan-token', index: 0 });
    expect(of('node-finished', 'slow')).toMatchObject({
      cached: false,
      ms: expect.any(Number) as number,
      result: { outputs: { value: 7 } },
    });
    expect(of('node-finished', 'slow').ms).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', ms: expect.any(Number) as number });
  });

  it('reports cache hits as finished nodes, with no start, progress or time', async () => {
    const engine = fakeEngine();
    await engine.run({ workflow: doc });
    const { events, onEvent } = recorder();
    await engine.run({ workflow: doc, onEvent });
    expect(summary(events)).toEqual([
      'run-started',
      'node-finished:n',
      'node-finished:slow',
      'node-finished:out',
      'run-finished',
    ]);
    expect(events[2]).toMatchObject({ cached: true, ms: 0, result: { outputs: { value: 7 } } });
  });
});
