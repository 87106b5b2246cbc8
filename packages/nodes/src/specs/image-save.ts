import { defineNodeSpec } from '@tessera/graph';

/**
 * What a save prefix may be: a plain file name stem (no folders, no `..`, nothing absolute), so a
 * saved file can never land outside the output folder. Anchors are implied (see `patternRegExp`).
 */
export const SAVE_PREFIX_PATTERN = '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}';

export const imageSaveSpec = defineNodeSpec({
  type: 'image.save',
  version: 1,
  title: 'Save image',
  category: 'output',
  description:
    'Saves the image as a PNG in the output folder, with the workflow, a reproducibility manifest and the token plan embedded. Never overwrites a file.',
  params: [
    {
      name: 'prefix',
      kind: 'string',
      default: 'tessera',
      pattern: SAVE_PREFIX_PATTERN,
      patternHint:
        'a file name prefix of 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit (no folders)',
      description: 'Files are named prefix_00001.png, prefix_00002.png, … in the output folder.',
    },
  ],
  inputs: [{ name: 'image', type: 'IMAGE', description: 'The image to save.' }],
  outputs: [],
  output: true,
});
