import { describe, expect, it } from 'vitest';
import { CodebookFormatError, codebookFor, parseCodebooks } from './codebooks.ts';

function file(books: { grid: number; patch: number; k: number }[]): ArrayBuffer {
  const size = 12 + books.reduce((n, b) => n + 12 + b.k * b.patch * b.patch * 3, 0);
  const buffer = new ArrayBuffer(size);
  const view = new DataView(buffer);
  const bytes = new Uint8Array(buffer);
  bytes.set([...'TSCB'].map((c) => c.charCodeAt(0)));
  view.setUint32(4, 1, true);
  view.setUint32(8, books.length, true);
  let offset = 12;
  for (const b of books) {
    view.setUint32(offset, b.grid, true);
    view.setUint32(offset + 4, b.patch, true);
    view.setUint32(offset + 8, b.k, true);
    offset += 12;
    const length = b.k * b.patch * b.patch * 3;
    for (let i = 0; i < length; i++) bytes[offset + i] = (b.grid + i) % 256;
    offset += length;
  }
  return buffer;
}

describe('parseCodebooks', () => {
  it('reads every codebook with its patches', () => {
    const books = parseCodebooks(
      file([
        { grid: 16, patch: 2, k: 3 },
        { grid: 32, patch: 1, k: 4 },
      ]),
    );
    expect(books.map(({ grid, patch, k }) => ({ grid, patch, k }))).toEqual([
      { grid: 16, patch: 2, k: 3 },
      { grid: 32, patch: 1, k: 4 },
    ]);
    expect(codebookFor(books, 32)?.pixels.length).toBe(12);
    // Patch 0 of the 16-grid book starts with its first byte.
    expect(codebookFor(books, 16)?.pixels[0]).toBe(16);
    expect(codebookFor(books, 64)).toBeUndefined();
  });

  it('refuses a file that is not a codebook file or is cut off', () => {
    expect(() => parseCodebooks(new ArrayBuffer(4))).toThrow(CodebookFormatError);
    const whole = file([{ grid: 16, patch: 2, k: 3 }]);
    expect(() => parseCodebooks(whole.slice(0, whole.byteLength - 1))).toThrow(/cut off/);
  });
});
