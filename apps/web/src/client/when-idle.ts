// Work that can wait until the page is idle: after the first document is drawn, or within
// `timeoutMs` at most. Where the browser has no idle callbacks (tests, Safari), after the current
// task.

/** Runs `work` when the page is next idle; returns a function that cancels it. */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const handle = setTimeout(work, 0);
    return () => clearTimeout(handle);
  }
  const handle = requestIdleCallback(() => work(), { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
