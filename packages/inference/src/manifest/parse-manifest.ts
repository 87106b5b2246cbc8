import { formatPath } from '@tessera/graph';
import type { z } from 'zod';
import { UnknownPromptLanguageError, promptLanguage } from '../prompt-language/prompt-languages.ts';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, zManifest } from './manifest-schema.ts';
import { ModelPackageError } from './model-package-error.ts';

/**
 * Validates parsed `model.json` content. An unknown format or a newer version is refused as
 * `unsupported-manifest`; anything else wrong is `malformed-manifest` with the path of each bad
 * field (e.g. `stages["ar.plan"].inputs[0].dtype`). A prompt language this build does not know
 * is `unsupported-manifest` too. `file` is only used in messages.
 */
export function parseManifest(json: unknown, file: string): Manifest {
  const head = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (head.format !== MANIFEST_FORMAT) {
    throw new ModelPackageError(
      'unsupported-manifest',
      file,
      `not a Tessera model manifest: format is ${JSON.stringify(head.format)}, expected "${MANIFEST_FORMAT}"`,
    );
  }
  const version = head.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > MANIFEST_VERSION) {
    throw new ModelPackageError(
      'unsupported-manifest',
      file,
      `manifest version ${version} is newer than this library reads (${MANIFEST_VERSION}); update @tessera/inference`,
    );
  }
  const result = zManifest.safeParse(json);
  if (!result.success) {
    throw new ModelPackageError(
      'malformed-manifest',
      file,
      `malformed manifest: ${result.error.issues.map(describeIssue).join('; ')}`,
    );
  }
  checkPromptLanguage(result.data.promptLanguage, file);
  return result.data;
}

function checkPromptLanguage(id: string | undefined, file: string): void {
  try {
    promptLanguage(id);
  } catch (error) {
    if (!(error instanceof UnknownPromptLanguageError)) throw error;
    throw new ModelPackageError('unsupported-manifest', file, `promptLanguage: ${error.message}`, {
      cause: error,
    });
  }
}

/** Parses the text of `model.json`; invalid JSON is `malformed-manifest` too. */
export function parseManifestText(text: string, file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ModelPackageError(
      'malformed-manifest',
      file,
      `not valid JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return parseManifest(json, file);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path) || '(root)'}: ${issue.message}`;
}
