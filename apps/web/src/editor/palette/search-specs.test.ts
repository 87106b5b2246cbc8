import { describe, expect, it } from 'vitest';
import { allSpecs } from '../model/catalogue.ts';
import { matchingPort, searchSpecs } from './search-specs.ts';

const types = (query: string, link?: Parameters<typeof searchSpecs>[2]): string[] =>
  searchSpecs(allSpecs, query, link).map((s) => s.type);

describe('node search', () => {
  it('finds by title, type or words, best matches first', () => {
    expect(types('decode')[0]).toBe('diffusion.decode');
    expect(types('upscale')).toEqual(['image.upscale']);
    expect(types('save image')).toContain('image.save');
    expect(types('zzz')).toEqual([]);
  });

  it('offers only nodes that can take a dragged link', () => {
    const takesPlan = types('', { type: 'TOKEN_PLAN', needs: 'input' });
    expect(takesPlan).toEqual(
      expect.arrayContaining(['plan.expand', 'diffusion.decode', 'plan.preview']),
    );
    expect(takesPlan).not.toContain('image.upscale');
    const feedsImage = types('', { type: 'IMAGE', needs: 'output' });
    expect(feedsImage).toEqual(expect.arrayContaining(['diffusion.decode', 'image.upscale']));
    expect(feedsImage).not.toContain('prompt');
  });

  it('names the port a dropped link connects to', () => {
    const decode = allSpecs.find((s) => s.type === 'diffusion.decode')!;
    expect(matchingPort(decode, { type: 'PROMPT', needs: 'input' })).toBe('prompt');
    expect(matchingPort(decode, { type: 'IMAGE', needs: 'output' })).toBe('image');
  });
});
