import { describe, expect, it } from 'vitest';
import { catalogue } from '../model/catalogue.ts';
import { searchSpecs } from '../palette/search-specs.ts';
import { LIBRARY_TYPE_PREFIX, libraryIdOf, librarySpecs } from './library-specs.ts';
import { groupedPoster, libraryEntry } from './library-test-entry.ts';

describe('library components in the palette', () => {
  const entry = libraryEntry(groupedPoster(), 'planner', 'lib-planner', 3);

  it('draws each as its component node, under its category, typed by its library id', () => {
    const [spec] = librarySpecs([entry], catalogue);
    expect(spec).toMatchObject({
      type: `${LIBRARY_TYPE_PREFIX}lib-planner`,
      title: 'Poster planner',
      category: 'Planning',
      params: [expect.objectContaining({ name: 'seed' })],
    });
    expect(spec?.inputs.map((port) => port.type)).toEqual(['PROMPT', 'PROMPT']);
    expect(spec?.outputs.map((port) => port.type)).toEqual(['TOKEN_PLAN', 'TOKEN_PLAN']);
    expect(libraryIdOf(spec!.type)).toBe('lib-planner');
    expect(libraryIdOf('ar.plan')).toBeUndefined();
  });

  it('is found by the node search by name or category, and where a link fits', () => {
    const specs = librarySpecs([entry], catalogue);
    expect(searchSpecs(specs, 'planning').map((s) => s.title)).toEqual(['Poster planner']);
    expect(searchSpecs(specs, 'poster plan').map((s) => s.title)).toEqual(['Poster planner']);
    expect(searchSpecs(specs, '', { type: 'PROMPT', needs: 'input' })).toHaveLength(1);
    expect(searchSpecs(specs, '', { type: 'IMAGE', needs: 'input' })).toHaveLength(0);
  });
});
