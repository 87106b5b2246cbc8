// The parts of a model package's model.json the web server uses: id, description and the
// codebook file (for plan previews in the browser). The full schema lives in @tessera/inference,
// which the web server does not import.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { resolveInside } from '../resolve-inside.ts';

const zCodebookGrid = z.object({
  grid: z.int().positive(),
  patch: z.int().positive(),
  K: z.int().positive(),
  nullId: z.int().nonnegative(),
  /** Where this codebook's centroids start in the file, and their byte length. */
  offset: z.int().nonnegative().optional(),
  length: z.int().nonnegative().optional(),
});

const zModelManifest = z.object({
  format: z.literal('tessera.model'),
  version: z.literal(1),
  id: z.string().min(1),
  revision: z.int().nonnegative(),
  name: z.string().optional(),
  title: z.string().optional(),
  description: z.string().default(''),
  codebooks: z.object({
    path: z.string().min(1),
    bytes: z.int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    grids: z.array(zCodebookGrid).min(1),
  }),
});
export type ModelManifest = z.infer<typeof zModelManifest>;
export type CodebookGrid = z.infer<typeof zCodebookGrid>;

/** A model id as it may appear in a URL: a folder name, never a path. */
export function isModelId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) && !id.includes('..');
}

export class ModelPackageError extends Error {
  override readonly name = 'ModelPackageError';
}

export interface ModelPackage {
  readonly dir: string;
  readonly manifest: ModelManifest;
  /** The codebook file, inside the package. */
  readonly codebooksFile: string;
}

/** Reads `<modelsDir>/<id>/model.json`; throws ModelPackageError when it is missing or bad. */
export async function readModelPackage(modelsDir: string, id: string): Promise<ModelPackage> {
  const dir = isModelId(id) ? resolveInside(modelsDir, id) : undefined;
  if (dir === undefined) throw new ModelPackageError(`"${id}" is not a model id`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8'));
  } catch (error) {
    throw new ModelPackageError(
      `model ${id}: no readable model.json (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = zModelManifest.safeParse(json);
  if (!parsed.success)
    throw new ModelPackageError(`model ${id}: model.json: ${parsed.error.issues[0]?.message}`);
  const manifest = parsed.data;
  if (manifest.id !== id)
    throw new ModelPackageError(`model ${id}: model.json names it "${manifest.id}"`);
  const codebooksFile = resolveInside(dir, manifest.codebooks.path);
  if (codebooksFile === undefined)
    throw new ModelPackageError(`model ${id}: codebooks.path leaves the package`);
  return { dir, manifest, codebooksFile };
}
