import { describe, expect, it } from 'vitest';
import { extractFragment, pasteFragment, readFragment } from './fragment.ts';
import { promptToPlan } from './test-documents.ts';

describe('fragments (copy/paste, duplicate)', () => {
  it('copies the nodes and only the edges between them', () => {
    const doc = promptToPlan();
    expect(extractFragment(doc, new Set(['plan'])).edges).toEqual([]);
    expect(extractFragment(doc, new Set(['plan', 'prompt'])).edges).toHaveLength(1);
  });

  it('pastes with fresh ids, rewired edges and an offset', () => {
    const doc = promptToPlan();
    const fragment = extractFragment(doc, new Set(['plan', 'prompt']));
    const pasted = pasteFragment(doc, fragment, { x: 40, y: 40 });
    expect(pasted.ids).toEqual(['prompt_2', 'plan_2']);
    const edge = pasted.doc.edges.at(-1);
    expect(edge?.from.node).toBe('prompt_2');
    expect(edge?.to.node).toBe('plan_2');
    expect(pasted.doc.nodes.at(-1)?.position).toEqual({ x: 340, y: 40 });
    expect(pasted.doc.nodes.at(-1)?.params).toEqual(doc.nodes[1]?.params);
  });

  it('reads only well-formed fragments from clipboard text', () => {
    const text = JSON.stringify(extractFragment(promptToPlan(), new Set(['plan'])));
    expect(readFragment(text)?.nodes).toHaveLength(1);
    expect(readFragment('not json')).toBeUndefined();
    expect(
      readFragment(JSON.stringify({ format: 'tessera.workflow', nodes: [], edges: [] })),
    ).toBeUndefined();
  });
});
