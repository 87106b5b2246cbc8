// The node specs the editor offers: metadata only (no implementations, no onnxruntime).
import type { NodeSpec } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';

export const catalogue = createNodeCatalogue();

/** Every spec, in catalogue order. */
export const allSpecs: readonly NodeSpec[] = catalogue.list();

/** The spec of `type`, or undefined for a type this build does not know. */
export function specOf(type: string): NodeSpec | undefined {
  return catalogue.find(type);
}
