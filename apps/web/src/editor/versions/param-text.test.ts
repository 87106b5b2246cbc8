import { describe, expect, it } from 'vitest';
import { paramText } from './param-text.ts';

describe('paramText', () => {
  it('prints values briefly', () => {
    expect(paramText(undefined)).toBe('—');
    expect(paramText('')).toBe('""');
    expect(paramText(7)).toBe('7');
    expect(paramText(false)).toBe('false');
    expect(paramText({ a: [1] })).toBe('{"a":[1]}');
    expect(paramText('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`);
  });
});
