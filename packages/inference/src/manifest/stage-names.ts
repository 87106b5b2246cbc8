/**
 * Stage names are the manifest's `stages` keys, which are node types where a node runs the
 * stage (`ar.plan`, `plan.expand`, `diffusion.decode`) or free names (`upscale-x4`). These short
 * aliases are accepted too.
 */
export const STAGE_ALIASES: Readonly<Record<string, string>> = {
  planner: 'ar.plan',
  expander: 'plan.expand',
  decoder: 'diffusion.decode',
};

/** The manifest key `name` refers to, or undefined. */
export function resolveStageName(name: string, keys: readonly string[]): string | undefined {
  if (keys.includes(name)) return name;
  const alias = STAGE_ALIASES[name];
  return alias !== undefined && keys.includes(alias) ? alias : undefined;
}
