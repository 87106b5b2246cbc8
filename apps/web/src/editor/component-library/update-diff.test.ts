import { describe, expect, it } from 'vitest';
import { diffLines } from '../versions/diff-lines.ts';
import { groupedPoster } from './library-test-entry.ts';
import { definitionChanges } from './update-diff.ts';

describe('what updating a taken component changes', () => {
  it('lists inner param changes and the ports and params the node gains or loses', () => {
    const doc = groupedPoster();
    const current = doc.components!.planner!;
    const newer = {
      ...current,
      nodes: current.nodes.map((n) =>
        n.id === 'plan' ? { ...n, params: { ...n.params, seed: 99 } } : n,
      ),
      params: [],
    };
    const changes = definitionChanges(current, newer, doc.components!);
    expect(changes.outside).toEqual(['Param “seed” removed']);
    const lines = diffLines(changes.inside).map((line) => line.text);
    expect(lines.some((text) => text.includes('seed') && text.includes('99'))).toBe(true);
  });

  it('finds nothing between a definition and itself', () => {
    const current = groupedPoster().components!.planner!;
    const changes = definitionChanges(current, current, { planner: current });
    expect(changes.outside).toEqual([]);
    expect(diffLines(changes.inside)).toEqual([]);
  });
});
