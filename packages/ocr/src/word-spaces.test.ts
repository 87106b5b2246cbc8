import { describe, expect, it } from 'vitest';
import { insertWordSpaces } from './word-spaces.ts';

describe('insertWordSpaces', () => {
  const gap = { start: 100, end: 160 };

  it('puts a space between the characters on either side of a gap', () => {
    expect(insertWordSpaces('FREE87', [10, 30, 50, 80, 180, 200], [gap])).toBe('FREE 87');
  });

  it('keeps a space the recogniser read, and adds none without a gap', () => {
    expect(insertWordSpaces('FREE 87', [10, 30, 50, 80, 130, 180, 200], [gap])).toBe('FREE 87');
    expect(insertWordSpaces('FREE87', [10, 30, 50, 80, 90, 95], [gap])).toBe('FREE87');
    expect(insertWordSpaces('SALE', [1, 2, 3, 4], [])).toBe('SALE');
  });

  it('reads every gap of a line', () => {
    const gaps = [gap, { start: 300, end: 360 }];
    expect(insertWordSpaces('AB1', [50, 200, 400], gaps)).toBe('A B 1');
    expect(insertWordSpaces('', [], gaps)).toBe('');
  });

  it('refuses positions that do not match the text', () => {
    expect(() => insertWordSpaces('AB', [1], [])).toThrow(/1 positions for 2/);
  });
});
