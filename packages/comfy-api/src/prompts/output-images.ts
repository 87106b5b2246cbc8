// What ComfyUI reports as a node's output (`executed.output`, a history entry's `outputs`): for
// each output node (image.save, image.preview), the image it received, as `{filename, subfolder,
// type}` that /view serves. Saved images are `output`, previews `temp`, both named by artifact id.
import type { Catalogue } from '@tessera/graph';
import { isPlainObject } from '../translate/api-prompt.ts';

export interface ComfyImageRef {
  readonly filename: string;
  readonly subfolder: string;
  readonly type: 'output' | 'temp' | 'input';
}

export interface NodeOutputImages {
  readonly images: ComfyImageRef[];
}

export interface StoredOutput {
  readonly nodeId: string;
  readonly port: string;
  readonly artifactId: string;
  readonly kind: string;
}

/** `<artifact id>.png`: what /view?type=output|temp reads back. */
export const artifactFileName = (artifactId: string): string => `${artifactId}.png`;

/** The artifact id a /view filename names, or undefined. */
export function artifactIdOfFileName(filename: string): string | undefined {
  return /^([A-Za-z0-9_-]{1,100})\.png$/.exec(filename)?.[1];
}

interface Edge {
  readonly from: string;
  readonly fromPort: string;
  readonly to: string;
}

function edgesOf(document: unknown): Edge[] {
  if (!isPlainObject(document) || !Array.isArray(document.edges)) return [];
  return document.edges.flatMap((edge) => {
    if (!isPlainObject(edge) || !isPlainObject(edge.from) || !isPlainObject(edge.to)) return [];
    const { from, to } = edge;
    return typeof from.node === 'string' &&
      typeof from.port === 'string' &&
      typeof to.node === 'string'
      ? [{ from: from.node, fromPort: from.port, to: to.node }]
      : [];
  });
}

/** Node id → type, for every well-formed node of the document. */
export function nodeTypesOf(document: unknown): Map<string, string> {
  const types = new Map<string, string>();
  if (!isPlainObject(document) || !Array.isArray(document.nodes)) return types;
  for (const node of document.nodes)
    if (isPlainObject(node) && typeof node.id === 'string' && typeof node.type === 'string')
      types.set(node.id, node.type);
  return types;
}

/** The output nodes of a document, in its order. */
export function outputNodesOf(document: unknown, catalogue: Catalogue): string[] {
  return [...nodeTypesOf(document)]
    .filter(([, type]) => catalogue.find(type)?.output === true)
    .map(([id]) => id);
}

/** The images output node `nodeId` shows, from the stored outputs of the nodes feeding it. */
export function outputImagesOf(
  nodeId: string,
  document: unknown,
  outputs: readonly StoredOutput[],
): NodeOutputImages | undefined {
  const type = nodeTypesOf(document).get(nodeId);
  const images = edgesOf(document)
    .filter((edge) => edge.to === nodeId)
    .flatMap((edge) =>
      outputs.filter(
        (o) => o.nodeId === edge.from && o.port === edge.fromPort && o.kind === 'image',
      ),
    )
    .map((o) => ({
      filename: artifactFileName(o.artifactId),
      subfolder: '',
      type: type === 'image.save' ? ('output' as const) : ('temp' as const),
    }));
  return images.length > 0 ? { images } : undefined;
}

/** Every output node's images: a history entry's `outputs`. */
export function historyOutputsOf(
  document: unknown,
  outputs: readonly StoredOutput[],
  catalogue: Catalogue,
): Record<string, NodeOutputImages> {
  const result: Record<string, NodeOutputImages> = {};
  for (const id of outputNodesOf(document, catalogue)) {
    const images = outputImagesOf(id, document, outputs);
    if (images) result[id] = images;
  }
  return result;
}
