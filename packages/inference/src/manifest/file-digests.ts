import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * sha256 of files, streamed (a multi-GB weight file never sits in memory) and remembered by
 * path + size + mtime, so a file is hashed once per process unless it changes on disk.
 * Concurrent requests for the same file share one read.
 */
export class FileDigests {
  readonly #known = new Map<string, Promise<string>>();
  #hashed = 0;

  /** How many files this instance has actually read and hashed (the rest came from memory). */
  get hashedCount(): number {
    return this.#hashed;
  }

  /** The sha256 (lowercase hex) of `path`, whose current size and mtime are given. */
  sha256(path: string, size: number, mtimeMs: number): Promise<string> {
    const key = `${path}\0${size}\0${mtimeMs}`;
    let digest = this.#known.get(key);
    if (!digest) {
      digest = this.#hash(path);
      this.#known.set(key, digest);
      digest.catch(() => this.#known.delete(key));
    }
    return digest;
  }

  /** Convenience for callers without a `stat` at hand. */
  async sha256OfFile(path: string): Promise<string> {
    const info = await stat(path);
    return this.sha256(path, info.size, info.mtimeMs);
  }

  async #hash(path: string): Promise<string> {
    this.#hashed += 1;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
    }
    return hash.digest('hex');
  }
}

/** The process-wide instance `loadModelPackage` uses unless given another. */
export const processFileDigests = new FileDigests();
