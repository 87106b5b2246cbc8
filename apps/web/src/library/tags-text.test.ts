import { describe, expect, it } from 'vitest';
import { parseTagsText, tagsText, toggleTag } from './tags-text.ts';

describe('tags typed as text', () => {
  it('splits on commas, trims, lower-cases and drops empty and repeated tags', () => {
    expect(parseTagsText(' Poster, sale ,, POSTER,  big   print ')).toEqual([
      'poster',
      'sale',
      'big print',
    ]);
    expect(parseTagsText('   ')).toEqual([]);
  });

  it('writes tags back as the same text', () => {
    expect(parseTagsText(tagsText(['a', 'b c']))).toEqual(['a', 'b c']);
  });

  it('toggles a tag in a filter', () => {
    expect(toggleTag(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleTag(['a', 'b'], 'a')).toEqual(['b']);
  });
});
