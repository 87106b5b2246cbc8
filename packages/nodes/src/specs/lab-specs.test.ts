import { resolveParams, validate } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { createNodeCatalogue } from './index.ts';
import { planLabNodeSpecs } from './lab-specs.ts';

const catalogue = createNodeCatalogue();

/** prompt → plan.load → plan.edit → plan.resample (with the prompt) → plan.preview. */
function labWorkflow(params: { source?: string; ops?: string; lock?: string }) {
  return {
    format: 'tessera.workflow',
    version: 2,
    name: 'lab',
    nodes: [
      { id: 'prompt', type: 'prompt', params: { text: 'teal poster' } },
      { id: 'load', type: 'plan.load', params: { source: params.source ?? 'VFBMTg==' } },
      {
        id: 'edit',
        type: 'plan.edit',
        params: params.ops === undefined ? {} : { ops: params.ops },
      },
      {
        id: 'again',
        type: 'plan.resample',
        params: params.lock === undefined ? {} : { lock: params.lock },
      },
      { id: 'mosaic', type: 'plan.preview' },
      { id: 'show', type: 'image.preview' },
    ],
    edges: [
      { id: 'e1', from: { node: 'load', port: 'plan' }, to: { node: 'edit', port: 'plan' } },
      { id: 'e2', from: { node: 'edit', port: 'plan' }, to: { node: 'again', port: 'plan' } },
      { id: 'e3', from: { node: 'prompt', port: 'prompt' }, to: { node: 'again', port: 'prompt' } },
      { id: 'e4', from: { node: 'again', port: 'plan' }, to: { node: 'mosaic', port: 'plan' } },
      { id: 'e5', from: { node: 'mosaic', port: 'image' }, to: { node: 'show', port: 'image' } },
    ],
  };
}

describe('the Plan Lab node specs', () => {
  it('have these params and defaults; none is required (plan.load’s source or artifact is checked when it runs)', () => {
    expect(
      Object.fromEntries(planLabNodeSpecs.map((spec) => [spec.type, resolveParams(spec, {})])),
    ).toEqual({
      'plan.load': { source: '', artifact: '', model: 'tessera-tiny' },
      'plan.edit': { ops: '[]' },
      'plan.resample': {
        lock: '',
        seed: 0,
        temperature: 0.9,
        topP: 0.75,
        topK: 0,
        model: 'tessera-tiny',
      },
    });
  });

  it('are in the catalogue, so a lab workflow validates', () => {
    expect(
      validate(labWorkflow({ lock: 'ffff'.repeat(8) + '0'.repeat(32) }), catalogue).problems,
    ).toEqual([]);
  });

  it('refuse a lock or a source that is not of their format at validation', () => {
    const problems = validate(labWorkflow({ lock: 'rows:0-7', source: 'a b' }), catalogue).problems;
    expect(problems.map((p) => [p.nodeId, p.code])).toEqual([
      ['load', 'param_bad_format'],
      ['again', 'param_bad_format'],
    ]);
  });
});
