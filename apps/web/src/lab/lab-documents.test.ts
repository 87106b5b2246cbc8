import { describe, expect, it } from 'vitest';
import {
  type LabDocument,
  missingTypes,
  promptOf,
  renderDocument,
  resampleDocument,
  sweepDocument,
  sweepValues,
  sweepWorkflow,
} from './lab-documents.ts';

const source: LabDocument = {
  format: 'tessera.workflow',
  version: 2,
  name: 'Poster',
  description: '',
  nodes: [
    { id: 'p', type: 'prompt', params: { text: 'a poster' }, position: { x: 0, y: 0 } },
    {
      id: 'plan',
      type: 'ar.plan',
      params: { seed: 7, temperature: 0.9 },
      position: { x: 0, y: 0 },
    },
    { id: 'x', type: 'plan.expand', params: { grid: 32, seed: 0 }, position: { x: 0, y: 0 } },
    {
      id: 'd',
      type: 'diffusion.decode',
      params: { steps: 12, guidance: 1.5 },
      position: { x: 0, y: 0 },
    },
  ],
  edges: [],
};

const types = (doc: LabDocument) => doc.nodes.map((n) => n.type);
const link = (doc: LabDocument) =>
  doc.edges.map((e) => `${e.from.node}.${e.from.port}>${e.to.node}.${e.to.port}`);

describe('lab documents', () => {
  it('renders a layout plan through expand, decode, upscale and save with the source params', () => {
    const doc = renderDocument({
      planBase64: 'QUJD',
      ops: null,
      prompt: 'hi',
      layout: true,
      source,
    });
    expect(types(doc)).toEqual([
      'prompt',
      'plan.load',
      'plan.expand',
      'diffusion.decode',
      'image.upscale',
      'image.save',
    ]);
    expect(doc.nodes.find((n) => n.id === 'expand')?.params).toEqual({ grid: 32, seed: 0 });
    expect(doc.nodes.find((n) => n.id === 'decode')?.params).toEqual({ steps: 12, guidance: 1.5 });
    expect(link(doc)).toContain('load.plan>expand.plan');
    expect(link(doc)).toContain('upscale.image>save.image');
  });

  it('replays edits through plan.edit and skips expand for a fine plan', () => {
    const doc = renderDocument({
      planBase64: 'QUJD',
      ops: '[]',
      prompt: 'hi',
      layout: false,
      source: null,
    });
    expect(types(doc)).toEqual([
      'prompt',
      'plan.load',
      'plan.edit',
      'diffusion.decode',
      'image.upscale',
      'image.save',
    ]);
    expect(link(doc)).toContain('edit.plan>decode.plan');
  });

  it('resamples with the lock, seed and the planner params of the source', () => {
    const doc = resampleDocument({
      planBase64: 'QUJD',
      prompt: 'hi',
      lock: '1/0',
      seed: 3,
      source,
    });
    expect(doc.nodes.find((n) => n.type === 'plan.resample')?.params).toEqual({
      lock: '1/0',
      seed: 3,
      temperature: 0.9,
    });
    expect(link(doc)).toEqual(
      expect.arrayContaining([
        'load.plan>resample.plan',
        'prompt.prompt>resample.prompt',
        'resample.plan>expand.plan',
      ]),
    );
  });

  it('keeps the source fine plan under the locked cells when it has one', () => {
    const doc = resampleDocument({
      planBase64: 'QUJD',
      prompt: 'hi',
      lock: 'ff00',
      seed: 3,
      source,
      keepFineBase64: 'REVG',
    });
    expect(doc.nodes.find((n) => n.id === 'keep')?.params).toEqual({ source: 'REVG' });
    expect(doc.nodes.find((n) => n.type === 'plan.expand')?.params).toEqual({
      grid: 32,
      seed: 0,
      lock: 'ff00',
    });
    expect(link(doc)).toContain('keep.plan>expand.keep');
    const plain = resampleDocument({
      planBase64: 'QUJD',
      prompt: 'hi',
      lock: 'ff00',
      seed: 3,
      source,
    });
    expect(plain.nodes.some((n) => n.id === 'keep')).toBe(false);
    expect(plain.nodes.find((n) => n.type === 'plan.expand')?.params).not.toHaveProperty('lock');
  });

  it('replays a resample for a saved workflow: the edits made since, then the render', () => {
    const input = {
      planBase64: 'QUJD',
      prompt: 'hi',
      lock: 'ff00',
      seed: 3,
      topP: 0.9,
      source,
      keepFineBase64: 'REVG',
    };
    const doc = resampleDocument(input, { ops: '[{"op":"paint"}]', renderPrompt: 'hi' });
    expect(types(doc)).toEqual([
      'prompt',
      'plan.load',
      'plan.resample',
      'plan.edit',
      'plan.load',
      'plan.expand',
      'diffusion.decode',
      'image.upscale',
      'image.save',
    ]);
    expect(doc.nodes.find((n) => n.id === 'resample')?.params).toEqual({
      lock: 'ff00',
      seed: 3,
      temperature: 0.9,
      topP: 0.9,
    });
    expect(doc.nodes.find((n) => n.id === 'edit')?.params).toEqual({ ops: '[{"op":"paint"}]' });
    expect(doc.nodes.find((n) => n.id === 'expand')?.params).toMatchObject({ lock: 'ff00' });
    expect(link(doc)).toEqual(
      expect.arrayContaining([
        'load.plan>resample.plan',
        'resample.plan>edit.plan',
        'edit.plan>expand.plan',
        'keep.plan>expand.keep',
        'prompt.prompt>decode.prompt',
      ]),
    );
    // No edits: the resample feeds expand; a new prompt renders the result.
    const plain = resampleDocument(input, { ops: null, renderPrompt: 'bye' });
    expect(plain.nodes.some((n) => n.type === 'plan.edit')).toBe(false);
    expect(plain.nodes.find((n) => n.id === 'render-prompt')?.params).toEqual({ text: 'bye' });
    expect(link(plain)).toEqual(
      expect.arrayContaining([
        'resample.plan>expand.plan',
        'prompt.prompt>resample.prompt',
        'render-prompt.prompt>expand.prompt',
        'render-prompt.prompt>decode.prompt',
      ]),
    );
  });

  it('saves the source workflow with a sweep of its planner or decoder node', () => {
    expect(sweepWorkflow(source, 'seed', [1, 2, 3, 4])).toMatchObject({
      name: 'Poster · seed sweep',
      nodes: source.nodes,
      sweep: { node: 'plan', param: 'seed', values: [1, 2, 3, 4] },
    });
    expect(sweepWorkflow(source, 'guidance', [1, 2])?.sweep?.node).toBe('d');
    expect(sweepWorkflow({ ...source, nodes: [] }, 'seed', [1, 2])).toBeNull();
  });

  it('sweeps one param of the source workflow', () => {
    expect(sweepValues('seed', 1, 1, 4)).toEqual([1, 2, 3, 4]);
    expect(sweepValues('temperature', 0.6, 0.2, 3)).toEqual([0.6, 0.8, 1]);
    const doc = sweepDocument(source, 'guidance', 3);
    expect(doc?.nodes.find((n) => n.id === 'd')?.params).toEqual({ steps: 12, guidance: 3 });
    expect(source.nodes.find((n) => n.id === 'd')?.params.guidance).toBe(1.5);
    expect(sweepDocument({ ...source, nodes: [] }, 'seed', 1)).toBeNull();
  });

  it('reads the prompt and names the node types the catalogue lacks', () => {
    expect(promptOf(source)).toBe('a poster');
    expect(missingTypes((t) => t === 'plan.load', ['plan.load', 'plan.resample'])).toEqual([
      'plan.resample',
    ]);
  });
});
