// Spreads for the app bench (medians and quantiles: ../stats.ts).
import { median, quantile, round } from '../stats.ts';

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
