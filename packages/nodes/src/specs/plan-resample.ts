import { defineNodeSpec } from '@tessera/graph';
import { modelParam } from './model-param.ts';
import { temperatureParam, topKParam, topPParam } from './sampling-params.ts';
import { seedParam } from './seed-param.ts';

export const planResampleSpec = defineNodeSpec({
  type: 'plan.resample',
  version: 1,
  title: 'Resample plan',
  category: 'plan',
  description:
    'Plan-level inpainting: keeps the locked cells of a layout plan and samples the rest again with the planner, streamed live.',
  params: [
    {
      name: 'lock',
      kind: 'string',
      default: '',
      maxLength: 16_384,
      pattern: '[0-9A-Fa-f]*',
      patternHint: 'a hex bitmap of the locked cells',
      description:
        'The locked cells, one bit each, as hex: per row, width/4 digits, the first digit’s high bit is column 0 (16×16: 64 digits, "ffff" locks a row). Empty locks nothing.',
    },
    seedParam,
    temperatureParam,
    topPParam,
    topKParam,
    modelParam,
  ],
  inputs: [
    { name: 'plan', type: 'TOKEN_PLAN', description: 'The layout plan whose locked cells stay.' },
    { name: 'prompt', type: 'PROMPT', description: 'What to plan the unlocked cells for.' },
  ],
  outputs: [
    {
      name: 'plan',
      type: 'TOKEN_PLAN',
      description:
        'The new layout plan, with each token’s probability and its likeliest alternatives.',
    },
  ],
  output: false,
});
