/** The id of the model package bundled with Tessera (`models/tessera-tiny`). */
export const BUNDLED_MODEL_ID = 'tessera-tiny';

/**
 * The model a node runs with, by package id: only a runner holding that package takes the node,
 * and a runner refuses a job naming a model it does not hold. Shared by the model-backed nodes.
 */
export const modelParam = {
  name: 'model',
  kind: 'string',
  default: BUNDLED_MODEL_ID,
  maxLength: 100,
  pattern: '[A-Za-z0-9][A-Za-z0-9._-]*',
  patternHint: 'a model id such as tessera-tiny',
  description: 'The model package that runs this node, by id; only runners holding it take it.',
} as const;
