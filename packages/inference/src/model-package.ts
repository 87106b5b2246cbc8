import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CodebookRef, TokenPlan } from '@tessera/protocol';
import type { InferenceSession } from 'onnxruntime-node';
import { type Codebook, refersTo } from './codebook/codebook.ts';
import { readCodebooks } from './codebook/read-codebooks.ts';
import { type FileDigests, processFileDigests } from './manifest/file-digests.ts';
import { type Manifest, type ModelStage, isModelStage } from './manifest/manifest-schema.ts';
import { ModelPackageError } from './manifest/model-package-error.ts';
import { parseManifestText } from './manifest/parse-manifest.ts';
import { type GlyphAtlasFile, readGlyphAtlas } from './manifest/read-glyph-atlas.ts';
import { resolveStageName } from './manifest/stage-names.ts';
import type { VerifyLevel } from './manifest/verify-file.ts';
import { type PackagePaths, verifyPackageFiles } from './manifest/verify-package.ts';
import { checkSessionSignature } from './session/check-signature.ts';
import { type InferenceLogger, consoleLogger } from './session/logger.ts';
import type { SessionConfig } from './session/session-config.ts';
import {
  type LoadedSession,
  type SessionCache,
  processSessionCache,
} from './session/session-cache.ts';
import type { SessionSource } from './session/session-source.ts';

export interface LoadModelPackageOptions {
  /** Execution providers, threads, determinism of the sessions (default: CPU, deterministic). */
  readonly session?: SessionConfig;
  /** Receives provider fallbacks and load times. Default: the console. */
  readonly logger?: InferenceLogger;
  /** `sha256` (default) checks every file's hash (once per process); `size` only sizes. */
  readonly verify?: VerifyLevel;
  /** Load and check these stages' sessions now (`true`: every stage with a file). */
  readonly preload?: boolean | readonly string[];
  /** Default: the process-wide cache, so each ONNX file is loaded once per process. */
  readonly sessionCache?: SessionCache;
  /** Default: the process-wide digests, so each file is hashed once per process. */
  readonly digests?: FileDigests;
}

/** A checked model package: its manifest, files, codebooks, glyph atlas and sessions. */
export interface ModelPackage extends SessionSource {
  readonly id: string;
  readonly manifest: Manifest;
  readonly paths: PackagePaths;
  /** Names of the stages that ship an ONNX file. */
  readonly stageNames: readonly string[];
  /** The manifest entry of a stage with a file (by key or alias); throws `unknown-stage`. */
  stage(name: string): ModelStage;
  /** The checked session of a stage: loaded once, tensors compared with the manifest. */
  session(stage: string): Promise<InferenceSession>;
  /** The same session with how it was loaded (provider in use, fallbacks, load time). */
  loadedSession(stage: string): Promise<LoadedSession>;
  /** In manifest order. */
  readonly codebooks: readonly Codebook[];
  /** The codebook of a grid (16, 32, 64); throws `codebook-mismatch` if the package has none. */
  codebook(grid: number): Codebook;
  /** The codebook a plan (or reference) belongs to; throws `codebook-mismatch` if none. */
  codebookFor(plan: TokenPlan | CodebookRef): Codebook;
  readonly glyphAtlas: GlyphAtlasFile | undefined;
}

/**
 * Reads `dir/model.json`, checks it and every file it lists (size, sha256; codebooks against
 * their manifest entries), and returns the package. Sessions load on first use unless
 * `preload` asks. Every problem is a `ModelPackageError` naming the file.
 */
export async function loadModelPackage(
  dir: string,
  options: LoadModelPackageOptions = {},
): Promise<ModelPackage> {
  const root = resolve(dir);
  const manifestPath = join(root, 'model.json');
  const manifest = parseManifestText(await readManifestText(manifestPath), manifestPath);
  const paths = await verifyPackageFiles(
    root,
    manifestPath,
    manifest,
    options.digests ?? processFileDigests,
    options.verify ?? 'sha256',
  );
  const codebooks = readCodebooks(
    new Uint8Array(await readFile(paths.codebooks)),
    manifest.codebooks.grids,
    manifest.id,
    paths.codebooks,
  );
  const glyphAtlas = paths.glyphs === undefined ? undefined : await readGlyphAtlas(paths.glyphs);
  const modelPackage = createModelPackage(manifest, paths, codebooks, glyphAtlas, options);
  const preload = options.preload ?? false;
  const toPreload = preload === true ? modelPackage.stageNames : preload === false ? [] : preload;
  await Promise.all(toPreload.map((name) => modelPackage.loadedSession(name)));
  return modelPackage;
}

async function readManifestText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ModelPackageError(
      'missing-file',
      path,
      `cannot read the package manifest (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      { cause: error },
    );
  }
}

function createModelPackage(
  manifest: Manifest,
  paths: PackagePaths,
  codebooks: readonly Codebook[],
  glyphAtlas: GlyphAtlasFile | undefined,
  options: LoadModelPackageOptions,
): ModelPackage {
  const cache = options.sessionCache ?? processSessionCache;
  const logger = options.logger ?? consoleLogger;
  const keys = Object.keys(manifest.stages);
  const stageNames = keys.filter((key) => {
    const stage = manifest.stages[key];
    return stage !== undefined && isModelStage(stage);
  });

  const entry = (name: string): { key: string; stage: ModelStage } => {
    const key = resolveStageName(name, keys);
    const stage = key === undefined ? undefined : manifest.stages[key];
    if (key === undefined || stage === undefined) {
      throw new ModelPackageError(
        'unknown-stage',
        paths.manifest,
        `no stage "${name}"; the package has ${keys.map((k) => `"${k}"`).join(', ')}`,
      );
    }
    if (!isModelStage(stage)) {
      throw new ModelPackageError(
        'unknown-stage',
        paths.manifest,
        `stage "${key}" has no model file in this package (${String(stage.note)})`,
      );
    }
    return { key, stage };
  };

  const loadedSession = async (name: string): Promise<LoadedSession> => {
    const { key, stage } = entry(name);
    const file = paths.stages[key] ?? join(paths.root, stage.path);
    const loaded = await cache.load({
      file,
      contentKey: stage.sha256,
      config: options.session ?? {},
      hints: stage.recommendedSession ?? {},
      logger,
    });
    checkSessionSignature(loaded.session, stage, file, key);
    return loaded;
  };

  const describeCodebooks = (): string =>
    codebooks.map((c) => `grid ${c.grid} (${c.sha256.slice(0, 12)}…)`).join(', ');

  return {
    id: manifest.id,
    manifest,
    paths,
    stageNames,
    stage: (name) => entry(name).stage,
    loadedSession,
    session: async (name) => (await loadedSession(name)).session,
    codebooks,
    codebook: (grid) => {
      const found = codebooks.find((c) => c.grid === grid);
      if (found) return found;
      throw new ModelPackageError(
        'codebook-mismatch',
        paths.codebooks,
        `no codebook for grid ${grid}; the package has ${describeCodebooks()}`,
      );
    },
    codebookFor: (plan) => {
      const ref = 'codebook' in plan ? plan.codebook : plan;
      const found = codebooks.find((c) => refersTo(ref, c));
      if (found) return found;
      throw new ModelPackageError(
        'codebook-mismatch',
        paths.codebooks,
        `the plan's codebook (${ref.modelId}, grid ${ref.grid}, ${ref.hash.slice(0, 12)}…) is not one of this package's: ${describeCodebooks()}`,
      );
    },
    glyphAtlas,
  };
}
