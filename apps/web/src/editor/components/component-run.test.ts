import { describe, expect, it } from 'vitest';
import { emptyNodeRun, type NodeRun, type NodeStatus } from '../run/run-state.ts';
import { componentProgress, componentStatus, innerRunNodes } from './component-run.ts';
import { makeComponent } from './make-component.ts';
import { posterDocument } from './test-poster.ts';

const run = (status: NodeStatus): NodeRun => ({ ...emptyNodeRun('x'), status });

describe('a component node in a run', () => {
  it('runs as its inner nodes, named instance/inner (nested ones expanded)', () => {
    const doc = makeComponent(posterDocument(), new Set(['plan', 'expand']), 'Planner', []);
    const instance = doc.nodes.find((n) => n.id === 'planner')!;
    expect(innerRunNodes(instance, doc.components)).toEqual([
      { flatId: 'planner/plan', type: 'ar.plan' },
      { flatId: 'planner/expand', type: 'plan.expand' },
    ]);
    expect(innerRunNodes(instance, doc.components, 'outer/').map((n) => n.flatId)).toEqual([
      'outer/planner/plan',
      'outer/planner/expand',
    ]);
    const nested = makeComponent(doc, new Set(['planner', 'decode']), 'Render', []);
    const render = nested.nodes.find((n) => n.id === 'render')!;
    expect(innerRunNodes(render, nested.components).map((n) => n.flatId)).toEqual([
      'render/planner/plan',
      'render/planner/expand',
      'render/decode',
    ]);
    expect(innerRunNodes(instance, undefined)).toEqual([]);
  });

  it('sums the inner nodes’ states up into one', () => {
    expect(componentStatus([undefined, undefined])).toBe('idle');
    expect(componentStatus([run('queued'), run('queued')])).toBe('queued');
    expect(componentStatus([run('done'), run('queued')])).toBe('running');
    expect(componentStatus([run('done'), run('running')])).toBe('running');
    expect(componentStatus([run('done'), run('failed')])).toBe('failed');
    expect(componentStatus([run('cached'), run('done')])).toBe('done');
    expect(componentStatus([run('cached'), run('cached')])).toBe('cached');
    expect(componentStatus([run('done'), run('cancelled')])).toBe('cancelled');
    expect(componentStatus([run('skipped')])).toBe('skipped');
    expect(componentProgress([run('done'), run('running'), undefined])).toEqual({
      ended: 1,
      total: 3,
    });
  });
});
