import { defineNodeSpec } from '@tessera/graph';
import { modelParam } from './model-param.ts';
import { temperatureParam, topKParam, topPParam } from './sampling-params.ts';
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
    temperatureParam,
    topPParam,
    topKParam,
    {
      name: 'grid',
      kind: 'enum',
      options: [16],
      default: 16,
      description: 'Side of the layout grid, in tokens (the planner of tessera-tiny writes 16×16).',
    },
    modelParam,
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
