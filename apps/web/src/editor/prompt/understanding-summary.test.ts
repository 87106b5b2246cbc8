import { postersLanguage } from '@tessera/inference/prompt-language';
import { describe, expect, it } from 'vitest';
import { understandingSummary } from './understanding-summary.ts';

describe('the folded understanding of a prompt', () => {
  it('names the background, counts the shapes, quotes the headline with its zone', () => {
    const u = postersLanguage.understand(
      'navy to teal gradient, red squares top left and top right, "Sale" at the bottom, black footer',
    );
    expect(understandingSummary(u)).toBe(
      'navy → teal background · 2 shapes · “SALE” bottom center · black footer',
    );
  });

  it('says when there is nothing to draw', () => {
    expect(understandingSummary(postersLanguage.understand('a cat on a mat'))).toBe(
      'nothing the model can draw yet',
    );
  });
});
