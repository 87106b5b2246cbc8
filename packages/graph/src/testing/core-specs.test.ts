import { describe, expect, it } from 'vitest';
import { plan } from '../plan.ts';
import { resolveParams } from '../params.ts';
import { validate } from '../validate.ts';
import { createCoreCatalogue, posterWorkflow, posterWorkflowJson } from './index.ts';

const catalogue = createCoreCatalogue();

describe('core node specs', () => {
  it('follow the DESIGN.md catalogue: ports', () => {
    const ports = Object.fromEntries(
      catalogue.list().map((spec) => [
        spec.type,
        {
          in: spec.inputs.map((input) => `${input.name}:${input.type}${input.optional ? '?' : ''}`),
          out: spec.outputs.map((output) => `${output.name}:${output.type}`),
          output: spec.output,
        },
      ]),
    );
    expect(ports).toEqual({
      prompt: { in: [], out: ['prompt:PROMPT'], output: false },
      'ar.plan': { in: ['prompt:PROMPT'], out: ['plan:TOKEN_PLAN'], output: false },
      'plan.expand': {
        in: ['plan:TOKEN_PLAN', 'prompt:PROMPT?', 'keep:TOKEN_PLAN?'],
        out: ['plan:TOKEN_PLAN'],
        output: false,
      },
      'diffusion.decode': {
        in: ['plan:TOKEN_PLAN', 'prompt:PROMPT'],
        out: ['image:IMAGE'],
        output: false,
      },
      'image.upscale': { in: ['image:IMAGE'], out: ['image:IMAGE'], output: false },
      'image.save': { in: ['image:IMAGE'], out: [], output: true },
      'plan.preview': { in: ['plan:TOKEN_PLAN'], out: ['image:IMAGE'], output: false },
      'image.preview': { in: ['image:IMAGE'], out: [], output: true },
    });
  });

  it('follow the DESIGN.md catalogue: param defaults', () => {
    const defaults = Object.fromEntries(
      catalogue.list().map((spec) => [spec.type, resolveParams(spec, {})]),
    );
    expect(defaults).toEqual({
      prompt: {},
      'ar.plan': {
        seed: 0,
        temperature: 0.9,
        topP: 0.75,
        topK: 0,
        grid: 16,
        model: 'tessera-tiny',
      },
      'plan.expand': { grid: 32, seed: 0, lock: '', model: 'tessera-tiny' },
      'diffusion.decode': { steps: 20, guidance: 1.5, seed: 0, model: 'tessera-tiny' },
      'image.upscale': { factor: 4, model: 'tessera-tiny' },
      'image.save': { prefix: 'tessera' },
      'plan.preview': {},
      'image.preview': {},
    });
  });

  it('make the poster fixture a valid, runnable workflow', () => {
    expect(validate(posterWorkflowJson(), catalogue)).toMatchObject({ ok: true, problems: [] });
    expect(plan(posterWorkflow(), catalogue)).toHaveLength(8);
  });
});
