import type { OutputFiles, SavedFile, WriteNewFile } from '../context/capabilities.ts';

/** An in-memory output folder: same naming as the real one, files kept in `files`. */
export interface MemoryFiles extends OutputFiles {
  readonly files: Map<string, Uint8Array>;
}

export function memoryFiles(): MemoryFiles {
  const files = new Map<string, Uint8Array>();
  const written = new Map<string, string>(); // `once` key → file name
  return {
    files,
    writeNew({ prefix, extension, bytes, signal, once }: WriteNewFile): Promise<SavedFile> {
      signal?.throwIfAborted();
      const before = once === undefined ? undefined : written.get(once);
      const kept = before === undefined ? undefined : files.get(before);
      if (before !== undefined && kept !== undefined && Buffer.from(kept).equals(bytes))
        return Promise.resolve({ name: before, bytes: bytes.length });
      for (let n = 1; ; n += 1) {
        const name = `${prefix}_${String(n).padStart(5, '0')}${extension}`;
        if (files.has(name)) continue;
        files.set(name, bytes.slice());
        if (once !== undefined) written.set(once, name);
        return Promise.resolve({ name, bytes: bytes.length });
      }
    },
  };
}
