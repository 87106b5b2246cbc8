import { join, relative, resolve } from 'node:path';
import { importGraph } from '@tessera/nodes/testing';
import { describe, expect, it } from 'vitest';

const packagesDir = resolve(import.meta.dirname, '../..');

describe('@tessera/engine', () => {
  it('loads no model code: only graph, the node specs, zod and @noble/hashes at run time', () => {
    const graph = importGraph(join(packagesDir, 'engine/src/index.ts'), packagesDir);
    const packages = new Set(
      [...graph.files].map((file) => relative(packagesDir, file).split('/')[0]),
    );
    expect([...packages].sort()).toEqual(['engine', 'graph', 'nodes']);
    expect([...graph.files].some((file) => file.includes('nodes/src/nodes/'))).toBe(false);
    expect([...graph.external.keys()].sort()).toEqual([
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      'zod',
    ]);
  });
});
