import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The browser bundle imports this package: its runtime sources may not reach Node built-ins.
// (Type checking cannot enforce it here: vitest brings @types/node into the same program.)
const NODE_ONLY =
  /\b(?:from|import)\s*\(?\s*['"](?:node:|(?:fs|path|crypto|os|stream|buffer)['"])|\brequire\(|\bBuffer\b|\bprocess\./;

function runtimeSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : runtimeSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('@tessera/protocol', () => {
  it('uses no Node built-ins outside tests', () => {
    const sources = runtimeSources(import.meta.dirname);
    expect(sources.length).toBeGreaterThan(5);
    const code = (file: string): string =>
      readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sources.filter((file) => NODE_ONLY.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
