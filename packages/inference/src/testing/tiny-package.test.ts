import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PACKAGE_DIR } from './fixture-paths.ts';
import { buildTinyPackage } from './tiny-package.ts';

describe('the committed tiny-package fixture', () => {
  it('is what tiny-package.ts generates (rerun make-fixtures.ts if not)', () => {
    for (const [path, bytes] of buildTinyPackage()) {
      const committed = readFileSync(join(TINY_PACKAGE_DIR, path));
      if (path === 'model.json') {
        const parse = (b: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(b));
        expect(parse(committed), path).toEqual(parse(bytes));
      } else {
        expect(new Uint8Array(committed), path).toEqual(bytes);
      }
    }
  });
});
