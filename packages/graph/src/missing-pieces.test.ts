import { describe, expect, it } from 'vitest';
import { type RunnerCapabilities, missingPieces, modelOfNode } from './missing-pieces.ts';
import { createCoreCatalogue, posterWorkflow } from './testing/index.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

const catalogue = createCoreCatalogue();
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
    expect(summary(posterWorkflow(), [runner([{ id: 'tessera-tiny', sha256: TINY }])])).toEqual([]);
  });

  it('names every model-backed node when no runner holds the model (defaults count)', () => {
    expect(summary(posterWorkflow(), [runner([])])).toEqual([
      'model plan tessera-tiny',
      'model expand tessera-tiny',
      'model decode tessera-tiny',
      'model upscale tessera-tiny',
    ]);
  });

  it('names a model a node asks for by param, with a sentence saying what to do', () => {
    const doc = posterWorkflow();
    const plan = doc.nodes.find((n) => n.id === 'plan')!;
    plan.params = { ...plan.params, model: 'tessera-large' };
    const pieces = missingPieces(doc, [runner([{ id: 'tessera-tiny', sha256: TINY }])], catalogue);
    expect(
      pieces.map(({ kind, nodeId, nodeType, what }) => ({ kind, nodeId, nodeType, what })),
    ).toEqual([{ kind: 'model', nodeId: 'plan', nodeType: 'ar.plan', what: 'tessera-large' }]);
    expect(pieces[0]?.detail).toContain('No connected runner holds the model “tessera-large”');
  });

  it('names a node type no runner offers, and does not check that node further', () => {
    const types = ALL_TYPES.filter((t) => t !== 'image.upscale');
    expect(
      summary(posterWorkflow(), [runner([{ id: 'tessera-tiny', sha256: TINY }], types)]),
    ).toEqual(['node-type upscale image.upscale']);
  });

  it('says when the model is held only by runners that do not offer the node type', () => {
    const planner = runner([], ['ar.plan', 'prompt', 'plan.expand', 'diffusion.decode']);
    const rest = runner(
      [{ id: 'tessera-tiny', sha256: TINY }],
      ALL_TYPES.filter((t) => t !== 'ar.plan'),
    );
    const pieces = missingPieces(posterWorkflow(), [planner, rest], catalogue);
    expect(pieces.map((p) => [p.nodeId, p.kind])).toEqual([['plan', 'model']]);
    expect(pieces[0]?.detail).toContain('do not offer ar.plan');
  });

  it('flags a pinned package that differs from every runner’s, and not one that matches', () => {
    const doc = { ...posterWorkflow(), models: { 'tessera-tiny': OTHER } };
    const pieces = missingPieces(doc, [runner([{ id: 'tessera-tiny', sha256: TINY }])], catalogue);
    expect(pieces.map((p) => `${p.kind} ${p.nodeId}`)).toEqual([
      'model-version plan',
      'model-version expand',
      'model-version decode',
      'model-version upscale',
    ]);
    expect(pieces[0]?.detail).toContain('bbbbbbbbbbbb');
    expect(pieces[0]?.detail).toContain('aaaaaaaaaaaa');
    const two = [
      runner([{ id: 'tessera-tiny', sha256: TINY }]),
      runner([{ id: 'tessera-tiny', sha256: OTHER }]),
    ];
    expect(summary(doc, two)).toEqual([]);
  });

  it('with no runners, every node type is missing', () => {
    expect(summary(posterWorkflow(), []).every((line) => line.startsWith('node-type'))).toBe(true);
  });
});

describe('modelOfNode', () => {
  it('reads the model param with its default, or as written when the type is unknown', () => {
    const doc = posterWorkflow();
    expect(
      modelOfNode(
        doc.nodes.find((n) => n.id === 'plan')!,
        catalogue,
      ),
    ).toBe('tessera-tiny');
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
});
