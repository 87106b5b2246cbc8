// `@tessera/png/chunks` is what the web app bundles: nothing it reaches may import a Node
// built-in (node:zlib is the codec's, in png-encode.ts and png-decode.ts) or another package.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = import.meta.dirname;

/** Every module `entry` reaches through relative imports, with the specifiers of the others. */
function reachableImports(entry: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const pending = [resolve(srcDir, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.')) pending.push(resolve(dirname(file), fileName));
      else external.add(fileName);
    }
  }
  const names = [...files].map((file) => file.slice(srcDir.length + 1)).sort();
  return { files: names, external: [...external].sort() };
}

describe('@tessera/png/chunks', () => {
  it('reaches no Node built-in and no other package', () => {
    expect(reachableImports('chunks.ts')).toEqual({
      files: ['chunks.ts', 'crc32.ts', 'png-chunks.ts'],
      external: [],
    });
  });

  it('would notice the codec’s node:zlib', () => {
    expect(reachableImports('index.ts').external).toContain('node:zlib');
  });
});
