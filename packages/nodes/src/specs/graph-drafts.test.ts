import { coreNodeSpecs as graphDrafts } from '@tessera/graph/testing';
import { describe, expect, it } from 'vitest';
import { coreNodeSpecs } from './index.ts';

/** A spec without its prose (titles, descriptions): what validation and cache keys depend on. */
function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'description' && key !== 'title')
      .map(([key, inner]) => [key, withoutProse(inner)]),
  );
}

describe('the draft specs in @tessera/graph/testing', () => {
  it('match these specs in everything but prose, so graph’s tests check the real catalogue', () => {
    expect(graphDrafts.map(withoutProse)).toEqual(coreNodeSpecs.map(withoutProse));
  });
});
