import path from 'node:path';

/**
 * `relative` resolved under `root`, or undefined when it would leave `root` (`..`, an absolute
 * path, a drive letter) or names `root` itself. Lexical: the data and model folders are ours.
 */
export function resolveInside(root: string, relative: string): string | undefined {
  if (relative === '' || path.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) return undefined;
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  const inside = path.relative(base, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return resolved;
}
