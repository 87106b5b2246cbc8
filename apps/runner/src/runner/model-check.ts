// A runner takes only jobs whose `model` param names a package it holds: the hub places nodes
// that way, and this is the runner's own check for when it does not (an older hub, a race).

/** Why this runner refuses a job with these params, or undefined when it can run it. */
export function modelRefusal(
  params: Readonly<Record<string, unknown>>,
  heldModelIds: readonly string[],
): string | undefined {
  const wanted = params.model;
  if (typeof wanted !== 'string' || wanted === '' || heldModelIds.includes(wanted))
    return undefined;
  const holds =
    heldModelIds.length === 0
      ? 'it holds no model package'
      : `it holds ${heldModelIds.map((id) => `"${id}"`).join(', ')}`;
  return `This runner does not hold the model "${wanted}" (${holds})`;
}
