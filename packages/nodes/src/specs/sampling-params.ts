/** The planner's sampling params, shared by `ar.plan` and `plan.resample`. */
export const temperatureParam = {
  name: 'temperature',
  kind: 'float',
  default: 0.9,
  min: 0,
  minExclusive: true,
  max: 2,
  step: 0.05,
  description: 'Higher is more varied, lower sticks to the likeliest layout.',
} as const;

export const topPParam = {
  name: 'topP',
  kind: 'float',
  default: 0.75,
  min: 0,
  max: 1,
  step: 0.05,
  description: 'Nucleus sampling: keep the likeliest tokens that make up this much probability.',
} as const;

export const topKParam = {
  name: 'topK',
  kind: 'int',
  default: 0,
  min: 0,
  step: 1,
  description: 'Keep only the K likeliest tokens at each step; 0 turns it off.',
} as const;
