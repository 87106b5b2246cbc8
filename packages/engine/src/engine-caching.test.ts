import type { WorkflowDocument } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { WorkflowInvalidError } from './run-plan.ts';
import { cacheHits, executed, fakeEngine, recorder, sunk, workflow } from './test-support.ts';

/** x, y → add → total (sink); z → other (sink): two branches. */
function graph(params: { x?: number; y?: number; offset?: number; z?: number } = {}) {
  return workflow(
    {
      x: { type: 'test.number', params: { value: params.x ?? 2 } },
      y: { type: 'test.number', params: { value: params.y ?? 3 } },
      add: { type: 'test.add', params: { offset: params.offset ?? 0 } },
      total: { type: 'test.sink' },
      z: { type: 'test.number', params: { value: params.z ?? 9 } },
      other: { type: 'test.sink' },
      unused: { type: 'test.number' },
    },
    ['x.value -> add.a', 'y.value -> add.b', 'add.sum -> total.value', 'z.value -> other.value'],
  );
}

describe('the engine: order and results', () => {
  it('executes what the output nodes need, upstream first (ties by id), each once', async () => {
    const engine = fakeEngine();
    const result = await engine.run({ workflow: graph() });
    expect(result.status).toBe('succeeded');
    expect(executed).toEqual(['x', 'y', 'add', 'total', 'z', 'other']);
    expect(sunk).toEqual([
      { node: 'total', value: 5 },
      { node: 'other', value: 9 },
    ]);
    expect(result.results.get('add' as never)?.outputs).toEqual({ sum: 5 });
    expect(result.results.has('unused' as never)).toBe(false);
  });

  it('runs only the targets and what they need when asked', async () => {
    const engine = fakeEngine();
    await engine.run({ workflow: graph(), targets: ['add'] });
    expect(executed).toEqual(['x', 'y', 'add']);
  });

  it('refuses a workflow validate() rejects, naming the problems, before any event', async () => {
    const { events, onEvent } = recorder();
    const broken = graph();
    broken.nodes[2]!.params.offset = 'ten';
    const run = fakeEngine().run({ workflow: broken, onEvent });
    await expect(run).rejects.toThrow(WorkflowInvalidError);
    await expect(fakeEngine().run({ workflow: broken })).rejects.toThrow(
      'param "offset" must be an integer',
    );
    expect(events).toEqual([]);
  });
});

describe('the engine: caching by cache key', () => {
  async function rerun(first: WorkflowDocument, second: WorkflowDocument) {
    const engine = fakeEngine();
    await engine.run({ workflow: first });
    executed.length = 0;
    const { events, onEvent } = recorder();
    const result = await engine.run({ workflow: second, onEvent });
    return { engine, result, events, hits: cacheHits(events) };
  }

  it('executes nothing when nothing changed: output nodes are cache hits, no second side effect', async () => {
    const { hits, result } = await rerun(graph(), graph());
    expect(executed).toEqual([]);
    expect(sunk).toHaveLength(2);
    expect(hits).toEqual(['x', 'y', 'add', 'total', 'z', 'other']);
    expect(result.results.get('add' as never)?.outputs).toEqual({ sum: 5 });
  });

  it('re-executes a changed node and what is downstream, nothing upstream or beside it', async () => {
    const { hits } = await rerun(graph(), graph({ offset: 10 }));
    expect(executed).toEqual(['add', 'total']);
    expect(hits).toEqual(['x', 'y', 'z', 'other']);
    expect(sunk.at(-1)).toEqual({ node: 'total', value: 15 });
  });

  it('re-executes everything below a changed upstream node', async () => {
    const { hits } = await rerun(graph(), graph({ x: 20 }));
    expect(executed).toEqual(['x', 'add', 'total']);
    expect(hits).toEqual(['y', 'z', 'other']);
  });

  it('ignores layout: moved and retitled nodes stay cached', async () => {
    const moved = graph();
    for (const node of moved.nodes) {
      node.position = { x: 100, y: 100 };
      node.title = `Node ${node.id}`;
    }
    await rerun(graph(), { ...moved, name: 'renamed' });
    expect(executed).toEqual([]);
  });

  it('reuses results across nodes with the same key, whatever their ids', async () => {
    const engine = fakeEngine();
    await engine.run({ workflow: graph() });
    executed.length = 0;
    const copy = workflow(
      { a: { type: 'test.number', params: { value: 2 } }, out: { type: 'test.sink' } },
      ['a.value -> out.value'],
    );
    await engine.run({ workflow: copy });
    expect(executed).toEqual(['out']);
  });

  it('executes the nodes named in `rerun` even when cached', async () => {
    const engine = fakeEngine();
    await engine.run({ workflow: graph() });
    executed.length = 0;
    await engine.run({ workflow: graph(), rerun: ['total'] });
    expect(executed).toEqual(['total']);
    expect(sunk).toHaveLength(3);
  });

  it('caches nothing with a zero budget', async () => {
    const engine = fakeEngine({ cacheBytes: 0 });
    await engine.run({ workflow: graph() });
    await engine.run({ workflow: graph() });
    expect(executed).toHaveLength(12);
    expect(engine.cache.size).toBe(0);
  });

  it('evicts the least recently used results once the byte budget is passed', async () => {
    const blob = (fill: number) =>
      workflow(
        { blob: { type: 'test.blob', params: { size: 40_000, fill } }, out: { type: 'test.sink' } },
        ['blob.data -> out.value'],
      );
    const engine = fakeEngine({ cacheBytes: 100_000 }); // room for two 40 kB results, not three
    const runs = async (...fills: number[]) => {
      executed.length = 0;
      for (const fill of fills) await engine.run({ workflow: blob(fill) });
      return [...executed];
    };
    expect(await runs(1, 2)).toEqual(['blob', 'out', 'blob', 'out']);
    expect(await runs(1)).toEqual([]); // a hit, and now the most recently used
    expect(await runs(3)).toEqual(['blob', 'out']); // evicts 2, the least recently used
    expect(engine.cache.bytes).toBeLessThanOrEqual(100_000);
    expect(await runs(1, 3)).toEqual([]);
    expect(await runs(2)).toEqual(['blob', 'out']);
  });
});
