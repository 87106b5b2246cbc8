import { defineNodeSpec } from '@tessera/graph';
import { modelParam } from './model-param.ts';

export const imageUpscaleSpec = defineNodeSpec({
  type: 'image.upscale',
  version: 1,
  title: 'Upscale',
  category: 'image',
  description: 'Enlarges an image ×2 or ×4 with a super-resolution model, tile by tile.',
  params: [
    {
      name: 'factor',
      kind: 'enum',
      options: [2, 4],
      default: 4,
      description: 'How many times wider and taller the result is.',
    },
    modelParam,
  ],
  inputs: [{ name: 'image', type: 'IMAGE', description: 'An RGB image.' }],
  outputs: [{ name: 'image', type: 'IMAGE', description: 'The enlarged image.' }],
  output: false,
});
