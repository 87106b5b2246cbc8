// Slows password guessing: after `limit` failed sign-ins for one email from one address within
// `windowMs`, further attempts are refused until the window has passed. In memory, per process.

export interface ThrottleVerdict {
  readonly allowed: boolean;
  /** Seconds until an attempt is allowed again (0 when allowed). */
  readonly retryAfterSeconds: number;
}

interface Failures {
  count: number;
  since: number;
}

export class SignInThrottle {
  readonly #failures = new Map<string, Failures>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
    /** Keys kept at most; the oldest are forgotten first (bounded memory under a flood). */
    private readonly maxKeys = 10_000,
  ) {}

  check(key: string): ThrottleVerdict {
    const entry = this.#current(key);
    if (!entry || entry.count < this.limit) return { allowed: true, retryAfterSeconds: 0 };
    return {
      allowed: false,
      retryAfterSeconds: Math.ceil((entry.since + this.windowMs - this.now()) / 1000),
    };
  }

  fail(key: string): void {
    const entry = this.#current(key);
    if (entry) entry.count += 1;
    else {
      if (this.#failures.size >= this.maxKeys) {
        const oldest = this.#failures.keys().next();
        if (!oldest.done) this.#failures.delete(oldest.value);
      }
      this.#failures.set(key, { count: 1, since: this.now() });
    }
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }

  #current(key: string): Failures | undefined {
    const entry = this.#failures.get(key);
    if (entry && this.now() - entry.since >= this.windowMs) {
      this.#failures.delete(key);
      return undefined;
    }
    return entry;
  }
}
