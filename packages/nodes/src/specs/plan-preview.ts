import { defineNodeSpec } from '@tessera/graph';

export const planPreviewSpec = defineNodeSpec({
  type: 'plan.preview',
  version: 1,
  title: 'Preview plan',
  category: 'plan',
  description:
    'Draws a token plan as a mosaic: each token replaced by its codebook patch. Instant, no model run.',
  params: [],
  inputs: [{ name: 'plan', type: 'TOKEN_PLAN', description: 'Any plan of the model.' }],
  outputs: [{ name: 'image', type: 'IMAGE', description: 'The mosaic, at canvas size.' }],
  output: false,
});
