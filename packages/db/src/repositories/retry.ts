// Retries a write that lost a lock race: SQLite reports a busy database (P1008 with
// SQLITE_BUSY; the driver is set to fail fast rather than block the event loop) and
// PostgreSQL a serialization failure or deadlock (P2034). Other errors, timeouts of a
// PostgreSQL connection included (the write may have happened), pass through untouched.

interface KnownError {
  readonly code?: unknown;
  readonly meta?: {
    readonly driverAdapterError?: { readonly cause?: { readonly originalCode?: unknown } };
  };
}

function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as KnownError;
  if (code === 'P2034') return true;
  const original = meta?.driverAdapterError?.cause?.originalCode;
  return code === 'P1008' && typeof original === 'string' && original.startsWith('SQLITE_BUSY');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** About ten seconds of attempts with jittered backoff before the error is let through. */
export async function withWriteRetry<T>(fn: () => Promise<T>, attempts = 60): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetryable(error) || attempt >= attempts) throw error;
      await sleep(Math.min(200, 2 ** Math.min(attempt, 8)) * (0.5 + Math.random()));
    }
  }
}
