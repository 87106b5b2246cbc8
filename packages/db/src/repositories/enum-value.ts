// String columns that hold one of a fixed set of values (see prisma/schema.prisma).

export function enumValue<const T extends string>(
  allowed: readonly T[],
  value: string,
  what: string,
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined)
    throw new Error(
      `Unexpected ${what} "${value}" in the database (expected ${allowed.join(' | ')})`,
    );
  return found;
}
