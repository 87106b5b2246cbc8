// Medians and spreads for the app bench.

/** The `q`-quantile (0..1) of `xs`, interpolated between ranks; NaN for none. */
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

/** Median and interquartile range, rounded: how a noisy figure is reported. */
export interface Spread {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly n: number;
}

export function spread(xs: readonly number[], digits = 1): Spread {
  return {
    median: round(median(xs), digits),
    p25: round(quantile(xs, 0.25), digits),
    p75: round(quantile(xs, 0.75), digits),
    n: xs.length,
  };
}

/** Per node id, the median of its times over `runs` (ids missing from a run are skipped). */
export function medianPerNode(
  runs: readonly Readonly<Record<string, number>>[],
): Record<string, number> {
  const ids = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(
    ids.map((id) => [
      id,
      round(median(runs.flatMap((run) => (run[id] === undefined ? [] : [run[id]])))),
    ]),
  );
}
