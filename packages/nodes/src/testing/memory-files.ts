import type { OutputFiles, SavedFile, WriteNewFile } from '../context/capabilities.ts';

/** An in-memory output folder: same naming as the real one, files kept in `files`. */
export interface MemoryFiles extends OutputFiles {
  readonly files: Map<string, Uint8Array>;
}

export function memoryFiles(): MemoryFiles {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    writeNew({ prefix, extension, bytes, signal }: WriteNewFile): Promise<SavedFile> {
      signal?.throwIfAborted();
      for (let n = 1; ; n += 1) {
        const name = `${prefix}_${String(n).padStart(5, '0')}${extension}`;
        if (files.has(name)) continue;
        files.set(name, bytes.slice());
        return Promise.resolve({ name, bytes: bytes.length });
      }
    },
  };
}
