/** Largest seed value: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 2 ** 32 - 1;
