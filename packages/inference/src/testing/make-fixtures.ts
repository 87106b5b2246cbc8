// Regenerates the committed test fixtures: `tsx src/testing/make-fixtures.ts` (in packages/inference).
// model.json is formatted with the repository's prettier settings (its hash is recorded nowhere).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { TINY_PACKAGE_DIR } from './fixture-paths.ts';
import { buildTinyPackage } from './tiny-package.ts';

for (const [path, content] of buildTinyPackage()) {
  const target = join(TINY_PACKAGE_DIR, path);
  const options = { ...(await resolveConfig(target)), filepath: target };
  const bytes =
    path === 'model.json' ? await format(new TextDecoder().decode(content), options) : content;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`${target} (${bytes.length} bytes)`);
}
