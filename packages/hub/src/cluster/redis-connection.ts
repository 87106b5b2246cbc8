// ioredis connections for cluster mode: they retry forever (with a capped backoff) instead of
// failing, and report errors to the log at most once per outage, so an unreachable Redis never
// takes the server down.
import { Redis } from 'ioredis';

export interface RedisConnectionOptions {
  readonly url: string;
  /** What the connection is for, in log lines ("queue", "events", …). */
  readonly role: string;
  readonly log: (line: string) => void;
  /**
   * BullMQ's blocking connections need `null` (a command waits for the reconnection); others
   * fail a command after one retry so that a caller hears of the outage.
   */
  readonly maxRetriesPerRequest?: number | null;
}

/** Delay before the n-th reconnection attempt: 50 ms doubling, at most 2 s. */
export const reconnectDelayMs = (attempt: number): number =>
  Math.min(2_000, 50 * 2 ** Math.min(attempt, 6));

export function connectRedis(options: RedisConnectionOptions): Redis {
  const redis = new Redis(options.url, {
    retryStrategy: reconnectDelayMs,
    maxRetriesPerRequest:
      options.maxRetriesPerRequest === undefined ? 1 : options.maxRetriesPerRequest,
    connectionName: `tessera-${options.role}`,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    options.log(`redis (${options.role}): ${error.message}; retrying`);
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    options.log(`redis (${options.role}): connected again`);
  });
  return redis;
}

/** True while `redis` is connected and accepting commands. */
export const redisReady = (redis: Redis): boolean => redis.status === 'ready';
