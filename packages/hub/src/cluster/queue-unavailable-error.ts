/** The cluster's run queue (Redis) cannot be reached: nothing was queued. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
  constructor(reason: string) {
    super(`The run queue is unavailable (Redis cannot be reached: ${reason}); try again shortly.`);
  }
}
