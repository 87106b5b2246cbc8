/**
 * The shifted rectified-flow time grid: `t_i = s·u / (1 + (s − 1)·u)` with `u = 1 − i/steps`,
 * i = 0..steps, so t_0 = 1 (pure noise) and t_steps = 0 (the image). A shift above 1 spends more
 * steps at high noise. Computed in float64.
 */
export function shiftedTimesteps(steps: number, shift: number): Float64Array {
  if (!Number.isInteger(steps) || steps < 1)
    throw new RangeError(`steps must be an integer >= 1, got ${steps}`);
  if (!(shift > 0) || !Number.isFinite(shift))
    throw new RangeError(`shift must be > 0, got ${shift}`);
  const ts = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) {
    const u = 1 - i / steps;
    ts[i] = (shift * u) / (1 + (shift - 1) * u);
  }
  return ts;
}
