import { describe, expect, it } from 'vitest';
import { type RunnerCapabilities, missingPieces, modelOfNode } from './missing-pieces.ts';
import { sketcherDocument } from './testing/components.ts';
import { createToyCatalogue, sampleWorkflow } from './testing/index.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();
const ALL_TYPES = catalogue.list().map((spec) => spec.type);
const TINY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

const runner = (
  models: RunnerCapabilities['models'],
  nodeTypes: readonly string[] = ALL_TYPES,
): RunnerCapabilities => ({ nodeTypes, models });

const summary = (doc: WorkflowDocument, runners: readonly RunnerCapabilities[]) =>
  missingPieces(doc, runners, catalogue).map((p) => `${p.kind} ${p.nodeId} ${p.what}`);

describe('missingPieces', () => {
  it('finds nothing when a runner offers every type and holds the model', () => {
    expect(summary(sampleWorkflow(), [runner([{ id: 'toy-model', sha256: TINY }])])).toEqual([]);
  });

  it('names every model-backed node when no runner holds the model (defaults count)', () => {
    expect(summary(sampleWorkflow(), [runner([])])).toEqual([
      'model sketch toy-model',
      'model paint toy-model',
      'model resize toy-model',
    ]);
  });

  it('names a model a node asks for by param, with a sentence saying what to do', () => {
    const doc = sampleWorkflow();
    const sketch = doc.nodes.find((n) => n.id === 'sketch')!;
    sketch.params = { ...sketch.params, model: 'toy-large' };
    const pieces = missingPieces(doc, [runner([{ id: 'toy-model', sha256: TINY }])], catalogue);
    expect(
      pieces.map(({ kind, nodeId, nodeType, what }) => ({ kind, nodeId, nodeType, what })),
    ).toEqual([{ kind: 'model', nodeId: 'sketch', nodeType: 'toy.sketch', what: 'toy-large' }]);
    expect(pieces[0]?.detail).toContain('No connected runner holds the model “toy-large”');
  });

  it('names a node type no runner offers, and does not check that node further', () => {
    const types = ALL_TYPES.filter((t) => t !== 'toy.resize');
    expect(summary(sampleWorkflow(), [runner([{ id: 'toy-model', sha256: TINY }], types)])).toEqual(
      ['node-type resize toy.resize'],
    );
  });

  it('says when the model is held only by runners that do not offer the node type', () => {
    const sketcher = runner([], ['toy.text', 'toy.sketch', 'toy.paint']);
    const rest = runner(
      [{ id: 'toy-model', sha256: TINY }],
      ALL_TYPES.filter((t) => t !== 'toy.sketch'),
    );
    const pieces = missingPieces(sampleWorkflow(), [sketcher, rest], catalogue);
    expect(pieces.map((p) => [p.nodeId, p.kind])).toEqual([['sketch', 'model']]);
    expect(pieces[0]?.detail).toContain('do not offer toy.sketch');
  });

  it('flags a pinned package that differs from every runner’s, and not one that matches', () => {
    const doc = { ...sampleWorkflow(), models: { 'toy-model': OTHER } };
    const pieces = missingPieces(doc, [runner([{ id: 'toy-model', sha256: TINY }])], catalogue);
    expect(pieces.map((p) => `${p.kind} ${p.nodeId}`)).toEqual([
      'model-version sketch',
      'model-version paint',
      'model-version resize',
    ]);
    expect(pieces[0]?.detail).toContain('bbbbbbbbbbbb');
    expect(pieces[0]?.detail).toContain('aaaaaaaaaaaa');
    const two = [
      runner([{ id: 'toy-model', sha256: TINY }]),
      runner([{ id: 'toy-model', sha256: OTHER }]),
    ];
    expect(summary(doc, two)).toEqual([]);
  });

  it('with no runners, every node type is missing', () => {
    expect(summary(sampleWorkflow(), []).every((line) => line.startsWith('node-type'))).toBe(true);
  });
});

describe('modelOfNode', () => {
  it('reads the model param with its default, or as written when the type is unknown', () => {
    const doc = sampleWorkflow();
    expect(
      modelOfNode(
        doc.nodes.find((n) => n.id === 'sketch')!,
        catalogue,
      ),
    ).toBe('toy-model');
    expect(
      modelOfNode(
        doc.nodes.find((n) => n.id === 'save')!,
        catalogue,
      ),
    ).toBeUndefined();
    const alien = { id: doc.nodes[0]!.id, type: 'x.gen', params: { model: 'm' } };
    expect(modelOfNode(alien, catalogue)).toBe('m');
    expect(modelOfNode({ ...alien, params: {} })).toBeUndefined();
  });

  it('says what a component node’s inner nodes need of the component node, once each', () => {
    const types = ALL_TYPES.filter((t) => t !== 'toy.paint');
    const doc = sketcherDocument({ a: {}, b: {} });
    expect(summary(doc, [runner([], types)])).toEqual([
      'model a toy-model',
      'node-type a toy.paint',
      'model b toy-model',
      'node-type b toy.paint',
    ]);
  });
});
