import { defineNodeSpec } from '@tessera/graph';
import { modelParam } from './model-param.ts';
import { seedParam } from './seed-param.ts';

export const planExpandSpec = defineNodeSpec({
  type: 'plan.expand',
  version: 1,
  title: 'Expand plan',
  category: 'plan',
  description: 'Expands a layout plan to a finer grid of tokens in one pass.',
  params: [
    {
      name: 'grid',
      kind: 'enum',
      options: [32, 64],
      default: 32,
      description: 'Side of the fine grid, in tokens: 64 gives the decoder more detail.',
    },
    {
      ...seedParam,
      description:
        'Seed for sampled expansion. The expander takes the likeliest token per cell, so today the result does not depend on it.',
    },
    {
      name: 'lock',
      kind: 'string',
      default: '',
      pattern: '[0-9a-fA-F]*',
      patternHint: 'hex digits (one bit per layout cell, row by row)',
      description:
        'Layout cells whose fine cells come from the "keep" plan (the Plan Lab writes it when it resamples around locked cells). Empty: keep nothing.',
    },
    modelParam,
  ],
  inputs: [
    { name: 'plan', type: 'TOKEN_PLAN', description: 'The layout plan (from ar.plan).' },
    {
      name: 'prompt',
      type: 'PROMPT',
      optional: true,
      description: 'The prompt, so quoted text is placed; optional.',
    },
    {
      name: 'keep',
      type: 'TOKEN_PLAN',
      optional: true,
      description:
        'A fine plan rendered before: under the locked layout cells its tokens are kept as they were.',
    },
  ],
  outputs: [{ name: 'plan', type: 'TOKEN_PLAN', description: 'The fine plan.' }],
  output: false,
});
