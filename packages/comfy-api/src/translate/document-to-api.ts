// A Tessera document as an API-format prompt: how /history and /queue show runs that were not
// queued through this API (from the editor), so that a client can queue them again.
import type { Catalogue } from '@tessera/graph';
import { isPlainObject } from './api-prompt.ts';

export interface ApiPromptNode {
  class_type: string;
  inputs: Record<string, unknown>;
  _meta: { title: string };
}

/** Best effort: malformed nodes and edges are left out. */
export function documentToApiPrompt(
  document: unknown,
  catalogue: Catalogue,
): Record<string, ApiPromptNode> {
  const prompt: Record<string, ApiPromptNode> = {};
  if (!isPlainObject(document)) return prompt;
  const types = new Map<string, string>();
  for (const node of Array.isArray(document.nodes) ? document.nodes : []) {
    if (!isPlainObject(node) || typeof node.id !== 'string' || typeof node.type !== 'string')
      continue;
    types.set(node.id, node.type);
    const title = typeof node.title === 'string' ? node.title : catalogue.find(node.type)?.title;
    prompt[node.id] = {
      class_type: node.type,
      inputs: isPlainObject(node.params) ? { ...node.params } : {},
      _meta: { title: title ?? node.type },
    };
  }
  for (const edge of Array.isArray(document.edges) ? document.edges : []) {
    if (!isPlainObject(edge) || !isPlainObject(edge.from) || !isPlainObject(edge.to)) continue;
    const { from, to } = edge;
    if (typeof from.node !== 'string' || typeof to.node !== 'string') continue;
    if (typeof to.port !== 'string' || typeof from.port !== 'string') continue;
    const target = prompt[to.node];
    const outputs = catalogue.find(types.get(from.node) ?? '')?.outputs ?? [];
    const index = outputs.findIndex((output) => output.name === from.port);
    if (target && index >= 0) target.inputs[to.port] = [from.node, index];
  }
  return prompt;
}
