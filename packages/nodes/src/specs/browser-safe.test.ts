import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, runtimeImports } from '../testing/import-graph.ts';

const packagesDir = resolve(import.meta.dirname, '../../..');
const nodesDir = resolve(import.meta.dirname, '../..');

describe('@tessera/nodes/specs', () => {
  const graph = importGraph(join(nodesDir, 'src/specs/index.ts'), packagesDir);
  const files = [...graph.files].map((file) => relative(packagesDir, file));

  it('reaches only browser-safe code at run time: the specs, graph, zod and @noble/hashes', () => {
    // (and nodes/package.json, for the version)
    expect(files).toContain('nodes/src/specs/core-specs.ts');
    expect(files).toContain('graph/src/index.ts');
    expect(
      files.filter(
        (file) => !/^(nodes\/src\/specs\/|graph\/src\/|nodes\/package\.json$)/.test(file),
      ),
    ).toEqual([]);
    expect([...graph.external.keys()].sort()).toEqual([
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      'zod',
    ]);
  });

  it('would notice an implementation, a Node built-in or onnxruntime', () => {
    const main = importGraph(join(nodesDir, 'src/index.ts'), packagesDir);
    const reached = [...main.files].map((file) => relative(packagesDir, file));
    expect(reached).toContain('inference/src/index.ts');
    expect([...main.external.keys()]).toEqual(
      expect.arrayContaining(['onnxruntime-node', 'node:fs/promises']),
    );
  });

  it('reads runtime imports, not type-only ones', () => {
    const source = [
      "import type { A } from 'types-only';",
      "import { type B, c } from './c.ts';",
      "export { d } from 'd'; // import 'commented';",
      "const e = await import('e');",
      "import 'side-effect';",
      "import {\n  f,\n  g,\n} from '@scope/f';",
      "export type { H } from 'h';",
    ].join('\n');
    expect(runtimeImports(source).sort()).toEqual(
      ['./c.ts', '@scope/f', 'd', 'e', 'side-effect'].sort(),
    );
  });
});
