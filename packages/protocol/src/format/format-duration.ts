/**
 * A duration as people read it, the same in the browser and the runner CLI: milliseconds under a
 * second (`850 ms`), tenths of a second under a minute (`4.2 s`), then minutes and seconds
 * (`2 min 05 s`). Each is rounded to the nearest shown unit, carrying into the next one, so
 * 999.6 ms is `1.0 s` and 59.96 s is `1 min 00 s`.
 */
export function formatDuration(ms: number): string {
  const wholeMs = Math.round(Math.max(0, ms));
  if (wholeMs < 1000) return `${wholeMs} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
