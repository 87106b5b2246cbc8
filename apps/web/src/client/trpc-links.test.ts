import { describe, expect, it } from 'vitest';
import { csrfToken } from './trpc-links.ts';

describe('csrfToken', () => {
  it('reads the tessera_csrf cookie among others, and null when absent or undecodable', () => {
    expect(csrfToken('a=1; tessera_csrf=abc%2Bd=; b=2')).toBe('abc+d=');
    expect(csrfToken('a=1')).toBeNull();
    expect(csrfToken('tessera_csrf=%E0%A4%A')).toBeNull();
  });
});
