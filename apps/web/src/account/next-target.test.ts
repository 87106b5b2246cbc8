import { describe, expect, it } from 'vitest';
import { nextTarget } from './next-target.ts';

describe('nextTarget', () => {
  it('returns to the page that sent the visitor to sign in, never to another site', () => {
    expect(nextTarget('?next=%2Flab%3Frun%3Dr1')).toBe('/lab?run=r1');
    expect(nextTarget('?next=%2F%2Fevil.test')).toBe('/');
    expect(nextTarget('?next=https%3A%2F%2Fevil.test')).toBe('/');
    expect(nextTarget('')).toBe('/');
  });
});
