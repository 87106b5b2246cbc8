import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.ts';

describe('SignInThrottle', () => {
  it('refuses after the limit of failures within the window, and allows again after it', () => {
    let now = 0;
    const throttle = new SignInThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.check('ip|ada').allowed).toBe(true);
      throttle.fail('ip|ada');
    }
    now = 15_000;
    expect(throttle.check('ip|ada')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(throttle.check('ip|bob').allowed).toBe(true);
    now = 60_000;
    expect(throttle.check('ip|ada').allowed).toBe(true);
  });

  it('forgets failures after a success, and the oldest keys beyond its bound', () => {
    const throttle = new SignInThrottle(1, 60_000, () => 0, 2);
    throttle.fail('a');
    throttle.succeed('a');
    expect(throttle.check('a').allowed).toBe(true);
    throttle.fail('b');
    throttle.fail('c');
    throttle.fail('d');
    expect(throttle.check('b').allowed).toBe(true);
    expect(throttle.check('d').allowed).toBe(false);
  });
});
