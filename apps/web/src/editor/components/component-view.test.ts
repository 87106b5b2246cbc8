import { describe, expect, it } from 'vitest';
import { flatPrefix, reachablePath, viewOf, withView } from './component-view.ts';
import { makeComponent } from './make-component.ts';
import { posterDocument } from './test-poster.ts';

function grouped() {
  return makeComponent(posterDocument(), new Set(['plan', 'expand']), 'Planner', []);
}
const inside = [{ component: 'planner', instance: 'planner' }];

describe('the view of an open component', () => {
  it('is the document itself at the top and the definition inside', () => {
    const doc = grouped();
    expect(viewOf(doc, [])).toBe(doc);
    const view = viewOf(doc, inside);
    expect(view?.nodes.map((n) => n.id)).toEqual(['plan', 'expand']);
    expect(view?.components).toBe(doc.components);
    expect(viewOf(doc, [{ component: 'gone', instance: 'x' }])).toBeUndefined();
  });

  it('writes an edit inside back into the definition, for every instance', () => {
    const doc = grouped();
    const view = viewOf(doc, inside)!;
    const edited = {
      ...view,
      nodes: view.nodes.map((n) =>
        n.id === 'plan' ? { ...n, params: { ...n.params, seed: 99 } } : n,
      ),
    };
    const next = withView(doc, inside, edited);
    expect(next.components?.planner?.nodes[0]?.params.seed).toBe(99);
    expect(next.nodes).toBe(doc.nodes);
    expect(withView(doc, inside, view)).toBe(doc);
    expect(withView(doc, [], edited)).toBe(edited);
  });

  it('keeps the open components the document still has, and prefixes run ids with them', () => {
    const doc = grouped();
    const path = [...inside, { component: 'gone', instance: 'inner' }];
    expect(reachablePath(doc, path)).toEqual(inside);
    expect(flatPrefix(path)).toBe('planner/inner/');
    expect(flatPrefix([])).toBe('');
  });
});
