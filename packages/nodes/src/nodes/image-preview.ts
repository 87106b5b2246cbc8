import { defineNode } from '../context/define-node.ts';
import { imagePreviewSpec } from '../specs/image-preview.ts';

/** Shows the image in the editor: its result is a display, nothing is written. */
export const imagePreviewNode = defineNode(imagePreviewSpec, ({ inputs }) =>
  Promise.resolve({ outputs: {}, display: { kind: 'image', image: inputs.image } }),
);
