import { defineNodeSpec } from '@tessera/graph';

export const imagePreviewSpec = defineNodeSpec({
  type: 'image.preview',
  version: 1,
  title: 'Preview image',
  category: 'output',
  description: 'Shows an image in the editor without saving it.',
  params: [],
  inputs: [{ name: 'image', type: 'IMAGE', description: 'The image to show.' }],
  outputs: [],
  output: true,
});
