import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What a module entry reaches at run time: its source files and the other modules it imports. */
export interface ImportGraph {
  /** Workspace source files, absolute paths. */
  readonly files: ReadonlySet<string>;
  /** Every other module specifier (`zod`, `node:fs`, …) with a file that imports it. */
  readonly external: ReadonlyMap<string, string>;
}

const STATIC = /(?:^|[\s;}])(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Runtime import specifiers of a TypeScript source (`import type` and `export type` left out). */
export function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of code.matchAll(STATIC)) if (!match[1] && match[2]) found.push(match[2]);
  for (const match of code.matchAll(DYNAMIC)) if (match[1]) found.push(match[1]);
  return found;
}

function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const target = (exports as Record<string, unknown>)[subpath];
  return typeof target === 'string' ? target : undefined;
}

/** The file a `@tessera/<name>[/sub]` specifier means, through that package's `exports`. */
function resolveWorkspace(packagesDir: string, specifier: string): string | undefined {
  const match = /^@tessera\/([^/]+)(\/.*)?$/.exec(specifier);
  if (!match?.[1]) return undefined;
  const root = join(packagesDir, match[1]);
  const manifestPath = join(root, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: unknown };
  const target = exportTarget(manifest.exports, match[2] ? `.${match[2]}` : '.');
  return target === undefined ? undefined : resolve(root, target);
}

/**
 * Follows the runtime imports of `entry` through relative paths and `@tessera/*` workspace
 * packages (under `packagesDir`); anything else is recorded as external and not followed.
 */
export function importGraph(entry: string, packagesDir: string): ImportGraph {
  const files = new Set<string>();
  const external = new Map<string, string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const target = specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : resolveWorkspace(packagesDir, specifier);
      if (target === undefined) {
        if (!external.has(specifier)) external.set(specifier, file);
      } else {
        pending.push(target);
      }
    }
  }
  return { files, external };
}
