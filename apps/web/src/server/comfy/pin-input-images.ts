// A run's image.load nodes get the sha256 of the file they name when the run is queued, so that
// the node's cache key follows the file's content (a replaced upload is computed again) and the
// hub can refuse a file that changed after queueing (inputImageResolver checks it).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileInside } from './input-image-resolver.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The document with `sha256` set on each image.load whose file exists (the rest unchanged). */
export async function pinInputImages(
  document: Record<string, unknown>,
  inputFolder: string,
): Promise<Record<string, unknown>> {
  if (!Array.isArray(document.nodes)) return document;
  const nodes = await Promise.all(
    document.nodes.map(async (node: unknown) => {
      if (!isObject(node) || node.type !== 'image.load' || !isObject(node.params)) return node;
      const name = node.params.image;
      const file =
        typeof name === 'string' && name !== '' ? fileInside(inputFolder, name) : undefined;
      const bytes = file && (await readFile(file).catch(() => undefined));
      if (!bytes) return node;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return { ...node, params: { ...node.params, sha256 } };
    }),
  );
  return { ...document, nodes };
}
