// The bundled poster workflow, as the benches run it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type WorkflowDocument, zWorkflowDocument } from '@tessera/graph';

export const TESSERA_TINY = join(import.meta.dirname, '../../../models/tessera-tiny');

/** models/tessera-tiny/workflows/poster.json with `diffusion.decode.steps` set. */
function posterJson(): { nodes: { id: string; type: string; params: object }[]; edges: Edge[] } {
  return JSON.parse(readFileSync(join(TESSERA_TINY, 'workflows/poster.json'), 'utf8')) as {
    nodes: { id: string; type: string; params: object }[];
    edges: Edge[];
  };
}

interface Edge {
  id: string;
  from: { node: string; port: string };
  to: { node: string; port: string };
}

/** models/tessera-tiny/workflows/poster.json with `diffusion.decode.steps` set. */
export function poster(steps: number): WorkflowDocument {
  const doc = posterJson();
  for (const node of doc.nodes)
    if (node.type === 'diffusion.decode') node.params = { ...node.params, steps };
  return zWorkflowDocument.parse(doc);
}

/**
 * The poster's model path only: prompt → plan → expand → decode → upscale → an image preview.
 * No file is written and no plan mosaic drawn, so the engine makes exactly the model calls that
 * `directPoster` makes.
 */
export function posterModelPath(steps: number): WorkflowDocument {
  const doc = posterJson();
  const keep = new Set(['prompt', 'plan', 'expand', 'decode', 'upscale']);
  doc.nodes = doc.nodes.filter((node) => keep.has(node.id));
  for (const node of doc.nodes)
    if (node.type === 'diffusion.decode') node.params = { ...node.params, steps };
  doc.nodes.push({ id: 'view', type: 'image.preview', params: {} });
  doc.edges = doc.edges.filter((edge) => keep.has(edge.from.node) && keep.has(edge.to.node));
  doc.edges.push({
    id: 'e-view',
    from: { node: 'upscale', port: 'image' },
    to: { node: 'view', port: 'image' },
  });
  return zWorkflowDocument.parse(doc);
}
