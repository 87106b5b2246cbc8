// Summaries the browser benches print: medians and quantiles of timings, rounded.

/** The `q` quantile of `xs` (0 ≤ q ≤ 1), interpolated between neighbours; NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
