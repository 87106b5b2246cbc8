import {
  type LoadModelPackageOptions,
  type Manifest,
  type ModelPackage,
  isModelStage,
  loadModelPackage,
  pipelineModelFromPackage,
} from '@tessera/inference';
import type { LoadedModel, ModelAccess, ModelProvenance } from '../context/capabilities.ts';

/** Every file of a package manifest with its sha256, by path, sorted. */
export function provenanceOf(manifest: Manifest): ModelProvenance {
  const files: [string, string][] = [[manifest.codebooks.path, manifest.codebooks.sha256]];
  if (manifest.glyphs) files.push([manifest.glyphs.path, manifest.glyphs.sha256]);
  for (const stage of Object.values(manifest.stages)) {
    if (!isModelStage(stage)) continue;
    files.push([stage.path, stage.sha256]);
    for (const extra of stage.externalData ?? []) files.push([extra.path, extra.sha256]);
  }
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { id: manifest.id, revision: manifest.revision, files: Object.fromEntries(files) };
}

/** A loaded package as the nodes see it. */
export function loadedModel(pkg: ModelPackage): LoadedModel {
  return {
    id: pkg.id,
    sessions: pkg,
    stageNames: pkg.stageNames,
    pipeline: pipelineModelFromPackage(pkg),
    codebookFor: (plan) => pkg.codebookFor(plan),
    provenance: provenanceOf(pkg.manifest),
  };
}

/** `ModelAccess` over a package already loaded. */
export function modelAccessFromPackage(pkg: ModelPackage): ModelAccess {
  let model: LoadedModel | undefined;
  return {
    load: () => {
      model ??= loadedModel(pkg);
      return Promise.resolve(model);
    },
  };
}

/**
 * `ModelAccess` that loads the package in `dir` on first use (so a run without a model node
 * loads nothing); concurrent and later calls share the one load. A failed load is retried.
 */
export function lazyModelAccess(dir: string, options: LoadModelPackageOptions = {}): ModelAccess {
  let loading: Promise<LoadedModel> | undefined;
  return {
    load() {
      loading ??= loadModelPackage(dir, options).then(loadedModel, (error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading;
    },
  };
}
