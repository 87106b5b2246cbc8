/**
 * Thrown by every sampler when its `AbortSignal` fires. Samplers check the signal before each
 * model call, so a cancelled run stops within one step and makes no further `session.run` calls.
 * `cause` carries the signal's reason.
 */
export class AbortError extends Error {
  override readonly name = 'AbortError';

  constructor(message = 'The operation was aborted', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Throws an {@link AbortError} when `signal` has fired; does nothing otherwise. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) {
    throw new AbortError('The operation was aborted', { cause: signal.reason });
  }
}

/** True for an {@link AbortError} (or any error named `AbortError`, as DOM aborts are). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
