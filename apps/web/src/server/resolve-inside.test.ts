import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from './resolve-inside.ts';

describe('resolveInside', () => {
  const root = path.resolve('/srv/tessera/data');

  it('resolves a relative path under the folder', () => {
    expect(resolveInside(root, 'artifacts/r1/decode.image.png')).toBe(
      path.join(root, 'artifacts/r1/decode.image.png'),
    );
  });

  it('refuses paths that leave the folder or name it', () => {
    for (const bad of ['../tessera.db', 'artifacts/../../etc/passwd', '/etc/passwd', '', '.'])
      expect(resolveInside(root, bad)).toBeUndefined();
    expect(resolveInside(root, 'C:/Windows')).toBeUndefined();
  });
});
