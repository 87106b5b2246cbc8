// The node specs the editor offers: metadata only (no implementations, no onnxruntime).
import type { Components, NodeSpec } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { documentCatalogue } from '../components/component-catalogue.ts';

export const catalogue = createNodeCatalogue();

/** Every spec, in catalogue order. */
export const allSpecs: readonly NodeSpec[] = catalogue.list();

/**
 * The spec of `type`, or undefined for a type this build does not know; a component node's spec
 * comes from its definition in `components` (the open document's).
 */
export function specOf(type: string, components?: Components): NodeSpec | undefined {
  return documentCatalogue(catalogue, components).find(type);
}
