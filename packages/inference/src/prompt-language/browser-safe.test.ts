import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `@tessera/inference/prompt-language` runs in the editor: everything it imports, followed file
// by file, must be relative TypeScript of this package — no Node built-ins, no onnxruntime.
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, target = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (target.startsWith('.')) visit(resolve(dirname(file), target));
      else packages.add(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the prompt-language entry', () => {
  it('reaches no Node built-in and no package', () => {
    const { files, packages } = reachable(resolve(import.meta.dirname, 'index.ts'));
    expect(files.size).toBeGreaterThan(5);
    expect([...packages]).toEqual([]);
  });
});
