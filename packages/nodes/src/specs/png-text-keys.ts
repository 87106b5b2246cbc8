/**
 * Keywords of the iTXt chunks `image.save` writes (and `tessera inspect` reads): the workflow
 * document (JSON), the run manifest (JSON, see `RunManifest`) and the token plan that fed the
 * image (its binary form, base64). A contract: readers match on these.
 */
export const PNG_TEXT_KEYS = {
  workflow: 'tessera:workflow',
  run: 'tessera:run',
  plan: 'tessera:plan',
} as const;
