import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { flattenDocument } from './flatten-document.ts';
import { GroupError, groupIntoComponent } from './group-component.ts';
import { nodeId } from './ids.ts';
import { sampleDocument } from './testing/components.ts';
import { createToyCatalogue } from './testing/index.ts';
import { UngroupError, ungroupComponent } from './ungroup-component.ts';
import { validate } from './validate.ts';

const catalogue = createToyCatalogue();
const options = { componentId: 'sketcher', name: 'Sketch and paint' };

describe('groupIntoComponent', () => {
  it('collapses the selection into one node whose ports are the links crossing it', () => {
    const grouped = groupIntoComponent(sampleDocument(), ['sketch', 'paint'], catalogue, options);
    expect(grouped.nodes.map((n) => `${n.id}:${n.type}`)).toEqual([
      'text:toy.text',
      'sketcher:component:sketcher',
      'resize:toy.resize',
      'save:toy.save',
      'show:toy.show',
    ]);
    const definition = grouped.components!.sketcher!;
    expect(definition.inputs.map((i) => `${i.name}:${i.type}`)).toEqual([
      'sketch.text:PROMPT',
      'paint.text:PROMPT',
    ]);
    expect(definition.outputs).toEqual([
      { name: 'image', type: 'IMAGE', from: { node: 'paint', port: 'image' } },
    ]);
    expect(definition.edges.map((e) => e.id)).toEqual(['e2']);
    expect(validate(grouped, catalogue).problems).toEqual([]);
  });

  it('runs with the same cache keys as the nodes it was made from', () => {
    const original = sampleDocument();
    const grouped = groupIntoComponent(original, ['sketch', 'paint'], catalogue, options);
    const before = computeCacheKeys(original, catalogue);
    const after = computeCacheKeys(flattenDocument(grouped).document, catalogue);
    const renamed = (id: string) => (['sketch', 'paint'].includes(id) ? `sketcher/${id}` : id);
    expect(after.size).toBe(before.size);
    for (const [id, key] of before) expect(after.get(nodeId(renamed(id)))).toBe(key);
  });

  it('exposes chosen params with the inner value as their default', () => {
    const exposed = [
      { node: 'sketch', param: 'seed' },
      { node: 'paint', param: 'steps', name: 'quality', label: 'Quality' },
    ];
    const grouped = groupIntoComponent(sampleDocument(), ['sketch', 'paint'], catalogue, {
      ...options,
      exposed,
    });
    expect(grouped.components!.sketcher!.params).toEqual([
      { name: 'seed', default: 7, target: { node: 'sketch', param: 'seed' } },
      { name: 'quality', label: 'Quality', target: { node: 'paint', param: 'steps' } },
    ]);
    const changed = {
      ...grouped,
      nodes: grouped.nodes.map((n) =>
        n.id === 'sketcher' ? { ...n, params: { seed: 8, quality: 20 } } : n,
      ),
    };
    const inner = flattenDocument(changed).document.nodes;
    expect(inner.find((n) => n.id === 'sketcher/sketch')?.params.seed).toBe(8);
    expect(inner.find((n) => n.id === 'sketcher/paint')?.params.steps).toBe(20);
  });

  it('refuses an empty selection, unknown nodes and a taken component id', () => {
    const doc = sampleDocument();
    expect(() => groupIntoComponent(doc, [], catalogue, options)).toThrow(GroupError);
    expect(() => groupIntoComponent(doc, ['ghost'], catalogue, options)).toThrow('"ghost"');
    const grouped = groupIntoComponent(doc, ['sketch'], catalogue, options);
    expect(() => groupIntoComponent(grouped, ['paint'], catalogue, options)).toThrow('already');
  });
});

describe('ungroupComponent', () => {
  it('restores the original document exactly', () => {
    const original = sampleDocument();
    const grouped = groupIntoComponent(original, ['sketch', 'paint'], catalogue, options);
    expect(ungroupComponent(grouped, 'sketcher')).toEqual(original);
  });

  it('restores a grouping of nodes that were not next to each other, up to order', () => {
    const original = sampleDocument();
    const grouped = groupIntoComponent(original, ['sketch', 'resize'], catalogue, {
      ...options,
      exposed: [{ node: 'resize', param: 'factor' }],
    });
    const restored = ungroupComponent(grouped, 'sketcher');
    const byId = <T extends { id: string }>(items: readonly T[]) =>
      [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.nodes)).toEqual(byId(original.nodes));
    expect(byId(restored.edges)).toEqual(byId(original.edges));
    expect(restored.components).toBeUndefined();
  });

  it('keeps the definition while another instance uses it, and renames inner ids that clash', () => {
    const grouped = groupIntoComponent(sampleDocument(), ['sketch', 'paint'], catalogue, options);
    const copy = { ...grouped.nodes[1]!, id: nodeId('copy') };
    const twice = { ...grouped, nodes: [...grouped.nodes, copy] };
    const once = ungroupComponent(twice, 'sketcher');
    expect(once.components?.sketcher).toBeDefined();
    const again = ungroupComponent(once, 'copy');
    expect(again.nodes.map((n) => n.id)).toContain('copy/sketch');
    expect(again.components).toBeUndefined();
  });

  it('moves a sweep of a grouped node onto the component node and back', () => {
    const original = {
      ...sampleDocument(),
      sweep: { node: nodeId('sketch'), param: 'heat', values: [0.5, 1.5] },
    };
    const grouped = groupIntoComponent(original, ['sketch', 'paint'], catalogue, options);
    expect(grouped.sweep).toEqual({ node: 'sketcher', param: 'heat', values: [0.5, 1.5] });
    expect(validate(grouped, catalogue).problems).toEqual([]);
    expect(flattenDocument(grouped).document.sweep).toEqual(
      original.sweep && { ...original.sweep, node: 'sketcher/sketch' },
    );
    expect(ungroupComponent(grouped, 'sketcher')).toEqual(original);
  });

  it('refuses a node that is not a component node', () => {
    expect(() => ungroupComponent(sampleDocument(), 'text')).toThrow(UngroupError);
  });
});
