// The model packages in the models folder, as the browser needs them: codebook shapes for plan
// previews, where to fetch the codebooks, and the workflow templates.
import { readdir } from 'node:fs/promises';
import { type CodebookGrid, isModelId, readModelPackage } from './model-manifest.ts';
import { type ModelTemplate, readTemplates } from './model-templates.ts';

export interface ModelSummary {
  readonly id: string;
  /** The manifest's name or title, else its id. */
  readonly name: string;
  readonly revision: number;
  readonly description: string;
  /** One per plan grid size, in file order. */
  readonly codebooks: readonly CodebookGrid[];
  /** `GET` it for the codebook file (layout in the manifest); changes with `codebooksSha256`. */
  readonly codebooksUrl: string;
  readonly codebooksSha256: string;
  readonly templates: readonly ModelTemplate[];
}

/** With the content hash as `?v=`, so the browser may keep it for good. */
export const codebooksUrl = (id: string, sha256: string): string =>
  `/api/models/${encodeURIComponent(id)}/codebooks.bin?v=${sha256}`;

async function packageFolders(modelsDir: string, warn: (m: string) => void): Promise<string[]> {
  try {
    const entries = await readdir(modelsDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && isModelId(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    warn(`no models folder: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** Every readable model package; a broken one is left out with a warning. */
export async function listModels(
  modelsDir: string,
  warn: (message: string) => void,
): Promise<ModelSummary[]> {
  const models: ModelSummary[] = [];
  for (const id of await packageFolders(modelsDir, warn)) {
    let pkg;
    try {
      pkg = await readModelPackage(modelsDir, id);
    } catch (error) {
      warn(`${error instanceof Error ? error.message : String(error)}; skipped`);
      continue;
    }
    const { manifest } = pkg;
    models.push({
      id,
      name: manifest.name ?? manifest.title ?? id,
      revision: manifest.revision,
      description: manifest.description,
      codebooks: manifest.codebooks.grids,
      codebooksUrl: codebooksUrl(id, manifest.codebooks.sha256),
      codebooksSha256: manifest.codebooks.sha256,
      templates: await readTemplates(pkg.dir, (message) => warn(`model ${id}: ${message}`)),
    });
  }
  return models;
}
