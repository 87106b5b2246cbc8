import { describe, expect, it } from 'vitest';
import { type WorkflowDocument, nodeId } from '@tessera/graph';
import { posterWorkflow } from '@tessera/nodes/testing';
import { diffLines } from './diff-lines.ts';
import { diffVersions } from './diff-view.ts';

function edited(edit: (doc: WorkflowDocument) => void): WorkflowDocument {
  const doc = structuredClone(posterWorkflow());
  edit(doc);
  return doc;
}

describe('diffLines', () => {
  it('says what changed, one line each, layout last', () => {
    const newer = edited((doc) => {
      doc.name = 'Poster B';
      const plan = doc.nodes.find((n) => n.id === 'plan');
      if (plan) {
        plan.params = { seed: 8 };
        plan.position = { x: 1, y: 1 };
      }
      doc.nodes.push({ id: nodeId('extra'), type: 'image.preview', params: {} });
    });
    const lines = diffLines(diffVersions(posterWorkflow(), newer));
    expect(lines.map((l) => [l.kind, l.text])).toEqual([
      ['changed', 'Name: “Poster” → “Poster B”'],
      ['added', expect.stringMatching(/^Added node “.+” \(extra\)$/)],
      ['changed', expect.stringMatching(/\(plan\) seed: 7 → 8$/)],
      ['layout', 'Moved 1 node (layout only)'],
    ]);
  });

  it('has no lines for identical documents', () => {
    expect(diffLines(diffVersions(posterWorkflow(), posterWorkflow()))).toEqual([]);
  });
});
