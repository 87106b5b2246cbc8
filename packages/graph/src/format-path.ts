const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A path into a JSON value as a person reads it, like JavaScript that would reach it:
 * `['nodes', 2, 'params', 'seed']` → `nodes[2].params.seed`, and a key that is not an identifier
 * in brackets: `['stages', 'ar.plan', 'sha256']` → `stages["ar.plan"].sha256`. The empty path
 * (the value itself) is `''`. For problem paths, zod issue paths and manifest fields alike.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (IDENTIFIER.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}
