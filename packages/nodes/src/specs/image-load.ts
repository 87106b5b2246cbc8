import { defineNodeSpec } from '@tessera/graph';

/**
 * An uploaded image's name in the input folder, optionally in one subfolder level or more
 * (`photo.png`, `posters/photo.png`): no `..`, no absolute path, no backslash. Anchors implied.
 */
export const INPUT_IMAGE_NAME_PATTERN = '(?!.*\\.\\.)[^/\\\\]{1,200}(/[^/\\\\]{1,200}){0,4}';

/** The largest image file image.load reads (the API refuses bigger uploads). */
export const MAX_INPUT_IMAGE_BYTES = 16 * 1024 * 1024;

export const imageLoadSpec = defineNodeSpec({
  type: 'image.load',
  version: 1,
  title: 'Load image',
  category: 'image',
  description:
    'An uploaded PNG, JPEG or WebP image, by name in the input folder (choose or drop one on the node in the editor, or upload it through the ComfyUI-compatible API, POST /upload/image), as RGB pixels.',
  params: [
    {
      name: 'image',
      kind: 'string',
      default: '',
      maxLength: 1000,
      pattern: `(${INPUT_IMAGE_NAME_PATTERN})?`,
      patternHint: 'a file name in the input folder (photo.png or folder/photo.png, no "..")',
      widget: 'input-image',
      description: 'The uploaded image, by its name in the input folder.',
    },
    {
      name: 'sha256',
      kind: 'string',
      default: '',
      maxLength: 64,
      pattern: '([0-9a-f]{64})?',
      patternHint: 'the sha256 of the file (64 lowercase hex digits), or empty',
      widget: 'filled-by-server',
      description:
        'The sha256 of the file, filled in when the run is queued: a replaced upload is then not taken from the cache, and a file changed after queueing is refused.',
    },
    {
      name: 'source',
      kind: 'string',
      default: '',
      maxLength: Math.ceil(MAX_INPUT_IMAGE_BYTES / 3) * 4,
      pattern: '[A-Za-z0-9+/]*={0,2}',
      patternHint: 'the base64 of an image file',
      widget: 'filled-by-server',
      description:
        'The image file itself, as base64: the hub fills it in from the input folder before the job reaches a runner. Leave it empty.',
    },
  ],
  inputs: [],
  outputs: [{ name: 'image', type: 'IMAGE', description: 'The image as RGB pixels.' }],
  output: false,
});
