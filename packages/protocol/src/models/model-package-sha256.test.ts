import { sha256Hex } from '@tessera/graph/sha256';
import { describe, expect, it } from 'vitest';
import { modelPackageSha256 } from './model-package-sha256.ts';

const a = 'a'.repeat(64);
const b = 'b'.repeat(64);

describe('modelPackageSha256', () => {
  it('hashes the sorted path:sha256 lines', () => {
    expect(modelPackageSha256({ files: { 'z.onnx': a, 'codebooks.bin': b } })).toBe(
      sha256Hex(`codebooks.bin:${b}\nz.onnx:${a}\n`),
    );
  });

  it('does not depend on the order the files are listed in, but on every file hash', () => {
    const one = modelPackageSha256({ files: { x: a, y: b } });
    expect(modelPackageSha256({ files: { y: b, x: a } })).toBe(one);
    expect(modelPackageSha256({ files: { x: b, y: a } })).not.toBe(one);
  });
});
