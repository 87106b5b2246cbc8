// Requests sent while the page is still starting, for the answers the start-up will need: on a
// slow machine the scripts take several hundred milliseconds to start the editor, and the server
// can answer meanwhile. Each early answer is taken once; a later ask sends a fresh request.

const pending = new Map<string, Promise<unknown>>();

/** Sends `request` now and keeps its answer for `take(key)`. */
export function sendEarly(key: string, request: () => Promise<unknown>): void {
  if (pending.has(key)) return;
  const answer = request();
  answer.catch(() => undefined); // whoever takes it handles the failure
  pending.set(key, answer);
}

/** The early answer for `key` if one was sent (once), else the answer of `request()` sent now. */
export function take<T>(key: string, request: () => Promise<T>): Promise<T> {
  const early = pending.get(key) as Promise<T> | undefined;
  pending.delete(key);
  return early ?? request();
}
