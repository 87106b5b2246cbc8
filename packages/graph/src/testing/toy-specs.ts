import { defineNodeSpec } from '../define-node-spec.ts';

/**
 * Made-up node specs for this package's own tests: a toy pipeline (text → sketch → paint →
 * resize → save, with a show branch) whose ports and params cover what validate, plan, cache
 * keys, diffs and missing pieces look at: every port type they connect, each param kind and
 * bound, a required param, an optional input, a `model` param and two output nodes. They are
 * not the real catalogue (that is `@tessera/nodes/specs`, which this package cannot import).
 */

const base = { version: 1, description: '', output: false } as const;
const modelParam = { name: 'model', kind: 'string', default: 'toy-model' } as const;

/** A required, multiline string param; a PROMPT out. */
export const textSpec = defineNodeSpec({
  ...base,
  type: 'toy.text',
  title: 'Text',
  category: 'input',
  params: [{ name: 'text', kind: 'string', multiline: true }],
  inputs: [],
  outputs: [{ name: 'text', type: 'PROMPT' }],
});

/** One param of each numeric kind, with bounds, plus an enum and a model. */
export const sketchSpec = defineNodeSpec({
  ...base,
  type: 'toy.sketch',
  title: 'Sketch',
  category: 'plan',
  params: [
    { name: 'seed', kind: 'seed', default: 0 },
    { name: 'heat', kind: 'float', default: 1, min: 0, minExclusive: true, max: 2 },
    { name: 'count', kind: 'int', default: 0, min: 0 },
    { name: 'grid', kind: 'enum', options: [8, 16], default: 8 },
    modelParam,
  ],
  inputs: [{ name: 'text', type: 'PROMPT' }],
  outputs: [{ name: 'sketch', type: 'TOKEN_PLAN' }],
});

/** A required and an optional input. */
export const paintSpec = defineNodeSpec({
  ...base,
  type: 'toy.paint',
  title: 'Paint',
  category: 'render',
  params: [{ name: 'steps', kind: 'int', default: 10, min: 1, max: 50 }, modelParam],
  inputs: [
    { name: 'sketch', type: 'TOKEN_PLAN' },
    { name: 'text', type: 'PROMPT', optional: true },
  ],
  outputs: [{ name: 'image', type: 'IMAGE' }],
});

/** The same type in and out, so it can feed itself. */
export const resizeSpec = defineNodeSpec({
  ...base,
  type: 'toy.resize',
  title: 'Resize',
  category: 'image',
  params: [{ name: 'factor', kind: 'enum', options: [2, 4], default: 2 }, modelParam],
  inputs: [{ name: 'image', type: 'IMAGE' }],
  outputs: [{ name: 'image', type: 'IMAGE' }],
});

/** An output node with a patterned string param. */
export const saveSpec = defineNodeSpec({
  ...base,
  output: true,
  type: 'toy.save',
  title: 'Save',
  category: 'output',
  params: [
    {
      name: 'prefix',
      kind: 'string',
      default: 'toy',
      pattern: '[a-z]+',
      patternHint: 'lower-case letters',
    },
  ],
  inputs: [{ name: 'image', type: 'IMAGE' }],
  outputs: [],
});

/** An output node without params. */
export const showSpec = defineNodeSpec({
  ...base,
  output: true,
  type: 'toy.show',
  title: 'Show',
  category: 'output',
  params: [],
  inputs: [{ name: 'image', type: 'IMAGE' }],
  outputs: [],
});

export const toySpecs = [textSpec, sketchSpec, paintSpec, resizeSpec, saveSpec, showSpec] as const;
