/** The `seed` param every sampling node shares: an unsigned 32-bit integer, 0 by default. */
export const seedParam = {
  name: 'seed',
  kind: 'seed',
  default: 0,
  description: 'Same seed, same result: change it for another variation.',
} as const;
