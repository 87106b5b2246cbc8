import { describe, expect, it } from 'vitest';
import { BLANK, buildAlphabet } from './dictionary.ts';

describe('buildAlphabet', () => {
  it('puts the blank first and adds a space when the model has one more class', () => {
    const alphabet = buildAlphabet('a\nb\nc\n', 5);
    expect(alphabet.symbols).toEqual(['', 'a', 'b', 'c', ' ']);
    expect(alphabet.symbols[BLANK]).toBe('');
  });

  it('adds no space when the classes match the dictionary exactly', () => {
    expect(buildAlphabet('a\r\nb', 3).symbols).toEqual(['', 'a', 'b']);
  });

  it('rejects a dictionary that does not fit the model', () => {
    expect(() => buildAlphabet('a\nb', 7)).toThrow(/2 entries.*7 classes/);
  });
});
