import { describe, expect, it } from 'vitest';
import { normaliseText, textMatches } from './normalise-text.ts';

describe('normaliseText', () => {
  it('upper-cases, collapses whitespace and trims', () => {
    expect(normaliseText('  Summer \t sale\n50% ')).toBe('SUMMER SALE 50%');
  });

  it('folds full-width forms the recogniser may emit', () => {
    expect(normaliseText('ＳＡＬＥ　５０％')).toBe('SALE 50%');
  });
});

describe('textMatches', () => {
  it('compares after normalising', () => {
    expect(textMatches('sale  50', 'SALE 50')).toBe(true);
    expect(textMatches('SALE5O', 'SALE 50')).toBe(false);
  });
});
