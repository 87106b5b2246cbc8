import { describe, expect, it } from 'vitest';
import { understandPosterPrompt } from './understand-posters.ts';

// Phrasings → the caption the model receives. The eval's phrasings (eval/natural-phrasings.ts)
// are different ones on purpose, so the eval measures prompts no test was written against.
const PHRASINGS: readonly [string, string][] = [
  [
    'A blue poster with the headline "CASTLE" at the bottom left and a purple circle in the top left',
    'blue poster, purple circle top left, headline "CASTLE" at bottom left',
  ],
  [
    'On navy: a yellow disc in the upper right corner. The title says "jazz night" at the top.',
    'navy poster, yellow circle top right, headline "JAZZ NIGHT" at top center',
  ],
  [
    'TEAL BACKGROUND; RED SQUARE ON THE LEFT SIDE; TEXT READS "OPEN" IN THE MIDDLE',
    'teal poster, red rectangle center left, headline "OPEN" at center',
  ],
  [
    "In the lower-right corner, an orange box. 'Summer 24' written across the top, on a white backdrop",
    'white poster, orange rectangle bottom right, headline "SUMMER 24" at top center',
  ],
  [
    'a gradient from red to yellow, a navy stripe at the centre and a black footer bar, caption “BIG DEAL” top right',
    'red to yellow gradient poster, navy bar center, headline "BIG DEAL" at top right, black footer bar',
  ],
  [
    'pink and purple gradient poster with green dots in the top left and bottom right',
    'pink to purple gradient poster, green circle top left, green circle bottom right',
  ],
  [
    'Colour: a brown poster. Centred title "Café & Co" at the top, a white rectangle in the right-hand middle',
    'brown poster, white rectangle center right, headline "CAF & CO" at top center',
  ],
  [
    'a poster in navy blue, headline "NOW" at the bottom, with a white footer',
    'navy poster, headline "NOW" at bottom center, white footer bar',
  ],
  [
    "Let's make a poster that's orange with 'DON'T MISS' at the bottom",
    'orange poster, headline "DONT MISS" at bottom center',
  ],
  [
    'white text "GO" at the bottom on black, a big red bar at the top',
    'black poster, red bar top center, headline "GO" at bottom center',
  ],
];

describe('tessera-posters/1 understands everyday phrasings', () => {
  it.each(PHRASINGS)('%s', (prompt, caption) => {
    expect(understandPosterPrompt(prompt).caption).toBe(caption);
  });

  it('reports each part: background, blocks with zones, headline with its zone', () => {
    const understood = understandPosterPrompt(
      'a teal-to-navy gradient poster, red circles in the top left and top right, "SALE" reads at the bottom',
    );
    expect(understood.background).toEqual(['teal', 'navy']);
    expect(understood.blocks).toEqual([
      { color: 'red', shape: 'circle', zone: 'top left', row: 0, col: 0 },
      { color: 'red', shape: 'circle', zone: 'top right', row: 0, col: 2 },
    ]);
    expect(understood.headline).toEqual({
      text: 'SALE',
      quoted: 'SALE',
      zone: 'bottom center',
      row: 2,
      col: 1,
    });
    expect(understood.footer).toBeNull();
    expect(understood.unplaced).toEqual([]);
  });

  it('lists the words it ignored, and takes no colour for the text', () => {
    const understood = understandPosterPrompt(
      'a warm yellow poster with a huge blue circle at the top left and bold white text "HI" at the bottom',
    );
    expect(understood.ignored).toEqual(['warm', 'huge', 'bold', 'white']);
    expect(understood.caption).toBe(
      'yellow poster, blue circle top left, headline "HI" at bottom center',
    );
  });
});

describe('tessera-posters/1 says what it cannot place', () => {
  const REFUSALS: readonly [string, string, string][] = [
    [
      'navy poster, a magenta circle top left',
      'magenta circle top left',
      '"magenta" is not a colour',
    ],
    ['navy poster, a red circle', 'red circle', 'no zone named'],
    ['navy poster, a red circle at the top bottom', 'red circle top bottom', 'two rows'],
    ['navy poster, a green square left right', 'green square left right', 'two columns'],
    ['navy poster, a circle at the top', 'circle top', 'no colour named'],
    ['navy poster, an orange footer', 'orange footer', 'white or black'],
    ['navy poster, headline at the top', 'headline', 'in quotes'],
    ['navy poster, "ONE" at the top, "TWO" at the bottom', '"TWO"', 'one quoted headline'],
    [
      'navy poster, red circle top left, blue bar top left',
      'blue bar top left',
      'already has a shape',
    ],
    ['navy poster, lilac', 'navy poster', ''],
    ['navy poster, "SALE" at the top, and in the bottom right', 'bottom right', 'nothing named'],
    ['navy poster and a red poster', 'red background', 'named twice'],
  ];

  it.each(REFUSALS)('%s', (prompt, words, reason) => {
    const understood = understandPosterPrompt(prompt);
    if (reason === '') {
      expect(understood.unplaced).toEqual([]);
      expect(understood.ignored).toEqual(['lilac']);
      return;
    }
    const part = understood.unplaced.find((u) => u.words === words);
    expect(part?.reason).toContain(reason);
    expect(understood.caption).not.toContain(words.replace(/"/g, ''));
  });

  it('notes where it placed a headline that names no zone', () => {
    const understood = understandPosterPrompt('white poster with the title "HELLO"');
    expect(understood.headline?.zone).toBe('center');
    expect(understood.notes).toEqual(['the headline names no zone: it goes in the center']);
  });

  it('drops the footer, then the last shapes, past the 159-byte budget, and says so', () => {
    const prompt =
      'brown to yellow gradient poster, navy rectangle top left, white circle top right, pink bar center left, ' +
      'green rectangle center right, headline "BURGER 16%" at bottom left, black footer bar';
    const understood = understandPosterPrompt(prompt);
    expect(new TextEncoder().encode(understood.caption).length).toBeLessThanOrEqual(159);
    expect(understood.footer).toBeNull();
    expect(understood.unplaced.map((u) => u.words)).toEqual([
      'black footer bar',
      'green rectangle center right',
    ]);
  });
});
