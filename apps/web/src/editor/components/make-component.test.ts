import { componentType } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import {
  componentIdFor,
  exposableParams,
  makeComponent,
  selectedInstances,
  ungroupAll,
} from './make-component.ts';
import { posterDocument } from './test-poster.ts';

const planner = new Set(['plan', 'expand']);

describe('making a component from the selection', () => {
  it('offers every param of the selected nodes, named after their node', () => {
    const params = exposableParams(posterDocument(), planner);
    const names = params.map((p) => `${p.node}.${p.param}`);
    expect(names).toEqual(expect.arrayContaining(['plan.seed', 'plan.temperature', 'expand.seed']));
    expect(names.indexOf('plan.topP')).toBeLessThan(names.indexOf('expand.grid'));
    expect(params[0]?.nodeTitle).toBe('Plan (autoregressive)');
  });

  it('keys a definition by its name, unique among the document’s', () => {
    expect(componentIdFor('My planner!')).toBe('my-planner');
    expect(componentIdFor('Plan', { plan: {}, 'plan-2': {} })).toBe('plan-3');
    expect(componentIdFor('***')).toBe('component');
  });

  it('collapses the selection into one node whose ports are the links crossing it', () => {
    const doc = posterDocument();
    const grouped = makeComponent(doc, planner, 'Planner', [
      { node: 'plan', param: 'seed', name: 'plan seed' },
    ]);
    const node = grouped.nodes.find((n) => n.type === componentType('planner'))!;
    expect(grouped.nodes).toHaveLength(doc.nodes.length - 1);
    const definition = grouped.components?.planner;
    expect(definition?.name).toBe('Planner');
    expect(definition?.params.map((p) => [p.name, p.default])).toEqual([['plan seed', 7]]);
    expect(definition?.inputs.map((i) => i.name).sort()).toEqual(
      ['plan.prompt', 'expand.prompt'].sort(),
    );
    expect(grouped.edges.filter((e) => e.to.node === node.id)).toHaveLength(2);
    expect(selectedInstances(grouped, new Set([node.id, 'save']))).toEqual([node.id]);
  });

  it('ungroups back to exactly the original graph', () => {
    const doc = posterDocument();
    const grouped = makeComponent(doc, planner, 'Planner', []);
    const ids = selectedInstances(grouped, new Set(grouped.nodes.map((n) => n.id)));
    expect(ungroupAll(grouped, ids)).toEqual(doc);
  });
});
