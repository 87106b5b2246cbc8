/** A `plan.edit` op list or a `plan.resample` lock mask that cannot be applied; says why. */
export class PlanEditError extends Error {
  override readonly name = 'PlanEditError';
}
