import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type NodeSpec, nodeSpecProblems, plan, resolveParams, validate } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { TESSERA_TINY_DIR, posterWorkflow, posterWorkflowJson } from '../testing/index.ts';
import { createNodeCatalogue, nodeSpecs } from './index.ts';
import { planLabNodeSpecs } from './lab-specs.ts';

const catalogue = createNodeCatalogue();
/** The core pipeline's specs (their names and ports are a contract): all but the Plan Lab's. */
const corePipeline = nodeSpecs.filter((spec) => !planLabNodeSpecs.some((lab) => lab === spec));

const portsOf = (spec: NodeSpec) => ({
  in: spec.inputs.map((input) => `${input.name}:${input.type}${input.optional ? '?' : ''}`),
  out: spec.outputs.map((output) => `${output.name}:${output.type}`),
  output: spec.output,
});

describe('the node specs', () => {
  it('are all sound: well formed, names unique, defaults within their own constraints', () => {
    for (const spec of nodeSpecs) expect(nodeSpecProblems(spec), spec.type).toEqual([]);
  });

  it('are the core pipeline’s, then the Plan Lab’s, in one catalogue', () => {
    expect(catalogue.list()).toEqual([...corePipeline, ...planLabNodeSpecs]);
    expect(corePipeline).toHaveLength(9);
  });
});

describe('the core pipeline’s specs', () => {
  it('have their types and ports', () => {
    expect(Object.fromEntries(corePipeline.map((spec) => [spec.type, portsOf(spec)]))).toEqual({
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
      'image.load': { in: [], out: ['image:IMAGE'], output: false },
      'image.upscale': { in: ['image:IMAGE'], out: ['image:IMAGE'], output: false },
      'image.save': { in: ['image:IMAGE'], out: [], output: true },
      'plan.preview': { in: ['plan:TOKEN_PLAN'], out: ['image:IMAGE'], output: false },
      'image.preview': { in: ['image:IMAGE'], out: [], output: true },
    });
  });

  it('have their params and defaults; only the prompt text is required', () => {
    expect(
      Object.fromEntries(corePipeline.map((spec) => [spec.type, resolveParams(spec, {})])),
    ).toEqual({
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
      'image.load': { image: '', sha256: '', source: '' },
      'image.upscale': { factor: 4, model: 'tessera-tiny' },
      'image.save': { prefix: 'tessera' },
      'plan.preview': {},
      'image.preview': {},
    });
    expect(
      corePipeline.flatMap((spec) => spec.params.map((p) => `${spec.type}.${p.name}`)),
    ).toHaveLength(21);
  });

  it('describe every param and port, for tooltips', () => {
    const undocumented = corePipeline.flatMap((spec) =>
      [...spec.params, ...spec.inputs, ...spec.outputs]
        .filter((item) => (item.description ?? '').length < 10)
        .map((item) => `${spec.type}.${item.name}`),
    );
    expect(undocumented).toEqual([]);
  });

  it.each(readdirSync(join(TESSERA_TINY_DIR, 'workflows')))(
    'accept the bundled workflow %s without a problem',
    (file) => {
      const text = readFileSync(join(TESSERA_TINY_DIR, 'workflows', file), 'utf8');
      expect(validate(JSON.parse(text), catalogue).problems).toEqual([]);
    },
  );

  it('accept the poster fixture other packages test with, and plan all of it', () => {
    expect(validate(posterWorkflowJson(), catalogue)).toMatchObject({ ok: true, problems: [] });
    expect(plan(posterWorkflow(), catalogue)).toHaveLength(8);
  });
});

describe('the image.save prefix', () => {
  const problemsFor = (prefix: unknown) =>
    validate(
      {
        format: 'tessera.workflow',
        version: 2,
        name: 'save',
        nodes: [
          { id: 'prompt', type: 'prompt', params: { text: 'x' } },
          { id: 'plan', type: 'ar.plan' },
          { id: 'mosaic', type: 'plan.preview' },
          { id: 'save', type: 'image.save', params: { prefix } },
        ],
        edges: [
          {
            id: 'e1',
            from: { node: 'prompt', port: 'prompt' },
            to: { node: 'plan', port: 'prompt' },
          },
          { id: 'e2', from: { node: 'plan', port: 'plan' }, to: { node: 'mosaic', port: 'plan' } },
          {
            id: 'e3',
            from: { node: 'mosaic', port: 'image' },
            to: { node: 'save', port: 'image' },
          },
        ],
      },
      catalogue,
    ).problems;

  it.each(['poster', 'Poster-2', 'sale_50.v2', 'a'])('accepts %j', (prefix) => {
    expect(problemsFor(prefix)).toEqual([]);
  });

  it.each([
    '../poster',
    '..',
    '/tmp/poster',
    'C:\\poster',
    'posters/sale',
    '.hidden',
    'two words',
    'poster\u0000',
    'café',
    '',
    'x'.repeat(65),
  ])('refuses %j at param level, saying what a prefix may be', (prefix) => {
    const problems = problemsFor(prefix);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'param_bad_format',
      severity: 'error',
      nodeId: 'save',
      path: ['nodes', 3, 'params', 'prefix'],
    });
    expect(problems[0]?.message).toContain('a file name prefix of 1 to 64 letters');
  });
});
