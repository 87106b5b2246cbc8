import { defineNodeSpec } from '../define-node-spec.ts';

/**
 * Drafts (metadata only) of the core node catalogue in DESIGN.md, for this package's own tests:
 * graph cannot depend on `@tessera/nodes`, which owns the real specs (`@tessera/nodes/specs`).
 * A test there keeps these in step with the real ones (everything but titles and descriptions),
 * so change both together. Other packages should import `@tessera/nodes/specs`.
 */

export const promptSpec = defineNodeSpec({
  type: 'prompt',
  version: 1,
  title: 'Prompt',
  category: 'input',
  description: 'The text to draw. Quoted text ("…") is rendered in the image.',
  params: [
    {
      name: 'text',
      kind: 'string',
      multiline: true,
      description: 'What to draw; quote text to render it.',
    },
  ],
  inputs: [],
  outputs: [{ name: 'prompt', type: 'PROMPT' }],
  output: false,
});

const seedParam = {
  name: 'seed',
  kind: 'seed',
  default: 0,
  description: 'Same seed, same result.',
} as const;

/** Mirrors `modelParam` of `@tessera/nodes/specs`. */
const modelParam = {
  name: 'model',
  kind: 'string',
  default: 'tessera-tiny',
  maxLength: 100,
  pattern: '[A-Za-z0-9][A-Za-z0-9._-]*',
  patternHint: 'a model id such as tessera-tiny',
  description: 'The model package that runs this node.',
} as const;

export const arPlanSpec = defineNodeSpec({
  type: 'ar.plan',
  version: 1,
  title: 'Plan (autoregressive)',
  category: 'plan',
  description: 'Writes a coarse grid of visual tokens for the prompt.',
  params: [
    seedParam,
    {
      name: 'temperature',
      kind: 'float',
      default: 0.9,
      min: 0,
      minExclusive: true,
      max: 2,
      step: 0.05,
      description: 'Sampling temperature.',
    },
    {
      name: 'topP',
      kind: 'float',
      default: 0.75,
      min: 0,
      max: 1,
      step: 0.05,
      description: 'Nucleus sampling mass.',
    },
    {
      name: 'topK',
      kind: 'int',
      default: 0,
      min: 0,
      step: 1,
      description: 'Keep the K likeliest tokens; 0 turns it off.',
    },
    {
      name: 'grid',
      kind: 'enum',
      options: [16],
      default: 16,
      description: 'Plan grid side, in tokens.',
    },
    modelParam,
  ],
  inputs: [{ name: 'prompt', type: 'PROMPT' }],
  outputs: [{ name: 'plan', type: 'TOKEN_PLAN' }],
  output: false,
});

export const planExpandSpec = defineNodeSpec({
  type: 'plan.expand',
  version: 1,
  title: 'Expand plan',
  category: 'plan',
  description: 'Expands a token plan to a finer grid.',
  params: [
    {
      name: 'grid',
      kind: 'enum',
      options: [32, 64],
      default: 32,
      description: 'Target grid side.',
    },
    seedParam,
    {
      name: 'lock',
      kind: 'string',
      default: '',
      pattern: '[0-9a-fA-F]*',
      patternHint: 'hex digits (one bit per layout cell, row by row)',
    },
    modelParam,
  ],
  inputs: [
    { name: 'plan', type: 'TOKEN_PLAN' },
    { name: 'prompt', type: 'PROMPT', optional: true },
    { name: 'keep', type: 'TOKEN_PLAN', optional: true },
  ],
  outputs: [{ name: 'plan', type: 'TOKEN_PLAN' }],
  output: false,
});

export const diffusionDecodeSpec = defineNodeSpec({
  type: 'diffusion.decode',
  version: 1,
  title: 'Decode (diffusion)',
  category: 'render',
  description: 'Renders pixels from a token plan.',
  params: [
    {
      name: 'steps',
      kind: 'int',
      default: 20,
      min: 1,
      max: 200,
      step: 1,
      description: 'Denoising steps.',
    },
    {
      name: 'guidance',
      kind: 'float',
      default: 1.5,
      min: 0,
      max: 20,
      step: 0.1,
      description: 'Guidance scale.',
    },
    seedParam,
    modelParam,
  ],
  inputs: [
    { name: 'plan', type: 'TOKEN_PLAN' },
    { name: 'prompt', type: 'PROMPT' },
  ],
  outputs: [{ name: 'image', type: 'IMAGE' }],
  output: false,
});

export const imageUpscaleSpec = defineNodeSpec({
  type: 'image.upscale',
  version: 1,
  title: 'Upscale',
  category: 'image',
  description: 'Enlarges an image.',
  params: [
    { name: 'factor', kind: 'enum', options: [2, 4], default: 4, description: 'Scale factor.' },
    modelParam,
  ],
  inputs: [{ name: 'image', type: 'IMAGE' }],
  outputs: [{ name: 'image', type: 'IMAGE' }],
  output: false,
});

export const imageSaveSpec = defineNodeSpec({
  type: 'image.save',
  version: 1,
  title: 'Save image',
  category: 'output',
  description: 'Saves an image as PNG with the plan and workflow embedded.',
  params: [
    {
      name: 'prefix',
      kind: 'string',
      default: 'tessera',
      pattern: '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}',
      patternHint:
        'a file name prefix of 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit (no folders)',
      description: 'File name prefix.',
    },
  ],
  inputs: [{ name: 'image', type: 'IMAGE' }],
  outputs: [],
  output: true,
});

export const planPreviewSpec = defineNodeSpec({
  type: 'plan.preview',
  version: 1,
  title: 'Preview plan',
  category: 'plan',
  description: 'Draws a token plan as a coloured mosaic.',
  params: [],
  inputs: [{ name: 'plan', type: 'TOKEN_PLAN' }],
  outputs: [{ name: 'image', type: 'IMAGE' }],
  output: false,
});

export const imagePreviewSpec = defineNodeSpec({
  type: 'image.preview',
  version: 1,
  title: 'Preview image',
  category: 'output',
  description: 'Shows an image in the editor without saving it.',
  params: [],
  inputs: [{ name: 'image', type: 'IMAGE' }],
  outputs: [],
  output: true,
});

export const coreNodeSpecs = [
  promptSpec,
  arPlanSpec,
  planExpandSpec,
  diffusionDecodeSpec,
  imageUpscaleSpec,
  imageSaveSpec,
  planPreviewSpec,
  imagePreviewSpec,
] as const;
