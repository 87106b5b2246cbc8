// Callers parked until something changes: a queue that got a run, a runner that became free.
// `wait` resolves on the next `notify`, on abort, or (if given) after `ms`; the caller looks again.

export class ChangeSignal {
  readonly #waiters = new Set<() => void>();

  /** Wakes every parked caller. */
  notify(): void {
    for (const wake of [...this.#waiters]) wake();
  }

  /** Resolves on the next change, when `signal` aborts, or after `ms` if given. */
  wait(signal: AbortSignal, ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(() => wake(), ms);
      const wake = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      this.#waiters.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });
  }
}
