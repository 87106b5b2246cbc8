import { formatPath } from '@tessera/graph';
import type { FileDigests } from './file-digests.ts';
import { type Manifest, type PackageFile, isModelStage } from './manifest-schema.ts';
import { type VerifyLevel, verifyPackageFile } from './verify-file.ts';

/** Absolute paths of a package's files, as listed by its manifest. */
export interface PackagePaths {
  readonly root: string;
  readonly manifest: string;
  readonly codebooks: string;
  readonly glyphs: string | undefined;
  /** Stage name → its ONNX file (model stages only). */
  readonly stages: Readonly<Record<string, string>>;
  /** Stage name → its external-data files (empty when none). */
  readonly externalData: Readonly<Record<string, readonly string[]>>;
}

/**
 * Checks every file the manifest lists (existence, size, sha256) — all at once, reporting the
 * first problem in manifest order — and returns their absolute paths.
 */
export async function verifyPackageFiles(
  root: string,
  manifestPath: string,
  manifest: Manifest,
  digests: FileDigests,
  level: VerifyLevel,
): Promise<PackagePaths> {
  const listed: { entry: PackageFile; at: (string | number)[] }[] = [];
  for (const [name, stage] of Object.entries(manifest.stages)) {
    if (!isModelStage(stage)) continue;
    listed.push({ entry: stage, at: ['stages', name] });
    (stage.externalData ?? []).forEach((entry, i) => {
      listed.push({ entry, at: ['stages', name, 'externalData', i] });
    });
  }
  listed.push({ entry: manifest.codebooks, at: ['codebooks'] });
  if (manifest.glyphs) listed.push({ entry: manifest.glyphs, at: ['glyphs'] });

  const results = await Promise.allSettled(
    listed.map(({ entry, at }) => verifyPackageFile(root, entry, formatPath(at), digests, level)),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason as Error;
  const path = (i: number): string => {
    const result = results[i];
    return result?.status === 'fulfilled' ? result.value : '';
  };

  const stages: Record<string, string> = {};
  const externalData: Record<string, string[]> = {};
  listed.forEach(({ at }, i) => {
    const [section, name] = at;
    if (section !== 'stages' || typeof name !== 'string') return;
    if (at.length === 2) stages[name] = path(i);
    else (externalData[name] ??= []).push(path(i));
  });
  for (const name of Object.keys(stages)) externalData[name] ??= [];
  const glyphIndex = listed.findIndex(({ at }) => at[0] === 'glyphs');
  return {
    root,
    manifest: manifestPath,
    codebooks: path(listed.findIndex(({ at }) => at[0] === 'codebooks')),
    glyphs: glyphIndex >= 0 ? path(glyphIndex) : undefined,
    stages,
    externalData,
  };
}
