import { describe, expect, it } from 'vitest';
import { quotedSegments } from './quoted-text.ts';

const quoted = (text: string): string[] =>
  quotedSegments(text)
    .filter((s) => s.quoted)
    .map((s) => s.text);

describe('quoted text in prompts', () => {
  it('finds straight, curly and single quotes', () => {
    expect(quoted('poster, headline "SALE 50" and “OPEN” and \'NOW\'')).toEqual([
      '"SALE 50"',
      '“OPEN”',
      "'NOW'",
    ]);
  });

  it('does not treat an apostrophe as a quote', () => {
    expect(quoted("don't stop, it's fine")).toEqual([]);
  });

  it('keeps every character, in order', () => {
    const text = 'a "b" c “d” e';
    expect(
      quotedSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});
