import { describe, expect, it } from 'vitest';
import { expandSweep } from './sweep.ts';
import { sampleWorkflow, sampleWorkflowJson } from './testing/index.ts';
import { zWorkflowDocument } from './workflow-schema.ts';

const withSweep = (sweep: unknown) =>
  zWorkflowDocument.parse({ ...(sampleWorkflowJson() as object), sweep });

describe('expandSweep', () => {
  it('answers a document without a sweep as its one run', () => {
    const doc = sampleWorkflow();
    expect(expandSweep(doc)).toEqual([doc]);
  });

  it('answers one document per value: the param set, the name suffixed, no sweep', () => {
    const doc = withSweep({ node: 'sketch', param: 'seed', values: [3, 4] });
    const runs = expandSweep(doc);
    expect(runs.map((r) => r.name)).toEqual(['Kite · seed=3', 'Kite · seed=4']);
    expect(runs.map((r) => r.nodes.find((n) => n.id === 'sketch')?.params.seed)).toEqual([3, 4]);
    expect(runs.every((r) => !('sweep' in r))).toBe(true);
    expect(runs[0]?.nodes.filter((n) => n.id !== 'sketch')).toEqual(
      doc.nodes.filter((n) => n.id !== 'sketch'),
    );
    expect(doc.nodes.find((n) => n.id === 'sketch')?.params.seed).toBe(7);
  });

  it('answers no runs for a sweep of a node the document lacks', () => {
    expect(expandSweep(withSweep({ node: 'gone', param: 'seed', values: [1, 2] }))).toEqual([]);
  });
});
