import { defineNodeSpec } from '@tessera/graph';
import { seedParam } from './seed-param.ts';

export const arPlanSpec = defineNodeSpec({
  type: 'ar.plan',
  version: 1,
  title: 'Plan (autoregressive)',
  category: 'plan',
  description:
    'Writes the layout: a coarse grid of visual tokens, one at a time, streamed live as it is sampled.',
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
      description: 'Higher is more varied, lower sticks to the likeliest layout.',
    },
    {
      name: 'topP',
      kind: 'float',
      default: 0.75,
      min: 0,
      max: 1,
      step: 0.05,
      description:
        'Nucleus sampling: keep the likeliest tokens that make up this much probability.',
    },
    {
      name: 'topK',
      kind: 'int',
      default: 0,
      min: 0,
      step: 1,
      description: 'Keep only the K likeliest tokens at each step; 0 turns it off.',
    },
    {
      name: 'grid',
      kind: 'enum',
      options: [16],
      default: 16,
      description: 'Side of the layout grid, in tokens (the planner of tessera-tiny writes 16×16).',
    },
  ],
  inputs: [{ name: 'prompt', type: 'PROMPT', description: 'What to plan.' }],
  outputs: [
    {
      name: 'plan',
      type: 'TOKEN_PLAN',
      description: 'The layout plan, with each token’s probability and its likeliest alternatives.',
    },
  ],
  output: false,
});
