// Small workflow documents in the shape of the workflow document contract
// (docs/architecture.md, "The workflow document").
import type { JsonObject } from '../json.ts';

export function workflowDocument(
  name: string,
  promptText = 'teal poster, headline "SALE" at top',
): JsonObject {
  return {
    format: 'tessera.workflow',
    version: 2,
    name,
    description: '',
    nodes: [
      { id: 'prompt', type: 'prompt', params: { text: promptText }, position: { x: 0, y: 0 } },
      { id: 'plan', type: 'ar.plan', params: { seed: 7 }, position: { x: 300, y: 0 } },
    ],
    edges: [
      { id: 'e1', from: { node: 'prompt', port: 'prompt' }, to: { node: 'plan', port: 'prompt' } },
    ],
  };
}
