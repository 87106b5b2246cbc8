import { describe, expect, it } from 'vitest';
import { sameToken } from './same-token.ts';

describe('sameToken', () => {
  it('accepts only the exact token, whatever the lengths', () => {
    expect(sameToken('runner-secret', 'runner-secret')).toBe(true);
    expect(sameToken('runner-secreT', 'runner-secret')).toBe(false);
    expect(sameToken('runner', 'runner-secret')).toBe(false);
    expect(sameToken('', 'runner-secret')).toBe(false);
    expect(sameToken('runner-secret-and-more', 'runner-secret')).toBe(false);
  });
});
