import type { Clock } from '../context/capabilities.ts';

/** The real clock (epoch milliseconds). */
export const systemClock: Clock = { now: () => Date.now() };
