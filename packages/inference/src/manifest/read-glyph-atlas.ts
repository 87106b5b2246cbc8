import { readFile } from 'node:fs/promises';
import { ModelPackageError } from './model-package-error.ts';

/** The glyph atlas file: its bytes and its parsed JSON (the glyph-map code gives it a type). */
export interface GlyphAtlasFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly json: unknown;
}

export async function readGlyphAtlas(path: string): Promise<GlyphAtlasFile> {
  const bytes = new Uint8Array(await readFile(path));
  try {
    return { path, bytes, json: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch (error) {
    throw new ModelPackageError(
      'malformed-file',
      path,
      `glyph atlas is not valid JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
