import { defineNodeSpec } from '@tessera/graph';
import { modelParam } from './model-param.ts';
import { seedParam } from './seed-param.ts';

export const diffusionDecodeSpec = defineNodeSpec({
  type: 'diffusion.decode',
  version: 1,
  title: 'Decode (diffusion)',
  category: 'render',
  description: 'Renders pixels from a token plan and the prompt’s quoted text, with live previews.',
  params: [
    {
      name: 'steps',
      kind: 'int',
      default: 20,
      min: 1,
      max: 200,
      step: 1,
      description: 'Denoising steps: more is slower and cleaner.',
    },
    {
      name: 'guidance',
      kind: 'float',
      default: 1.5,
      min: 0,
      max: 20,
      step: 0.1,
      description: 'How strongly the image follows the plan; 1 turns guidance off.',
    },
    { ...seedParam, description: 'Seed of the starting noise.' },
    modelParam,
  ],
  inputs: [
    { name: 'plan', type: 'TOKEN_PLAN', description: 'The plan to render (any grid).' },
    { name: 'prompt', type: 'PROMPT', description: 'The prompt; its quoted text is rendered.' },
  ],
  outputs: [{ name: 'image', type: 'IMAGE', description: 'The rendered image.' }],
  output: false,
});
