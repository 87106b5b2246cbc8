/** Logits of the planner's last call: [batch, newLength, codes]. */
export interface StepLogits {
  readonly data: Float32Array;
  readonly newLength: number;
}

/**
 * Runs the planner one layout token at a time. `start` runs the prompt prefix and returns the
 * logits for code 0; `next` feeds the code chosen at raster `index` (the same for every batch row)
 * and returns the logits for code `index + 1`. Each call is exactly one `session.run`.
 */
export interface PlannerStepper {
  start(): Promise<StepLogits>;
  next(code: number, index: number): Promise<StepLogits>;
}

/** Offset in `logits.data` of the last position's logits of batch row `row`. */
export function lastRowOffset(logits: StepLogits, row: number, codes: number): number {
  return (row * logits.newLength + logits.newLength - 1) * codes;
}
