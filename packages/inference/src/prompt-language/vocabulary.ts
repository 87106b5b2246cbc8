// The words of the tessera-posters prompt language: the model's palette, shapes and zones, and
// the everyday words people use for them. Lower case, US spelling (see `spelling.ts`).

/** The palette the model was trained on (train/common.py `PALETTE`), in its order. */
export const PALETTE_COLOURS = [
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'navy',
  'purple',
  'pink',
  'brown',
  'white',
  'black',
] as const;
export type PaletteColour = (typeof PALETTE_COLOURS)[number];

/** The palette's sRGB values (train/common.py `PALETTE`), for swatches. */
export const PALETTE_RGB: Readonly<Record<PaletteColour, readonly [number, number, number]>> = {
  red: [220, 40, 40],
  orange: [245, 140, 30],
  yellow: [245, 210, 40],
  green: [50, 160, 70],
  teal: [20, 150, 150],
  blue: [40, 100, 220],
  navy: [20, 35, 90],
  purple: [130, 60, 170],
  pink: [240, 120, 170],
  brown: [120, 75, 40],
  white: [245, 245, 245],
  black: [20, 20, 20],
};

/** Two-word colour names that mean one palette colour. */
export const COLOUR_PHRASES: Readonly<Record<string, PaletteColour>> = {
  'navy blue': 'navy',
  'dark blue': 'navy',
};

/** Shapes as the training captions name them. */
export const SHAPES = ['rectangle', 'circle', 'bar'] as const;
export type Shape = (typeof SHAPES)[number];

/** Every word taken for a shape, singular and plural. */
export const SHAPE_WORDS: Readonly<Record<string, { shape: Shape; plural: boolean }>> = {
  rectangle: { shape: 'rectangle', plural: false },
  rectangles: { shape: 'rectangle', plural: true },
  rect: { shape: 'rectangle', plural: false },
  square: { shape: 'rectangle', plural: false },
  squares: { shape: 'rectangle', plural: true },
  box: { shape: 'rectangle', plural: false },
  boxes: { shape: 'rectangle', plural: true },
  block: { shape: 'rectangle', plural: false },
  blocks: { shape: 'rectangle', plural: true },
  circle: { shape: 'circle', plural: false },
  circles: { shape: 'circle', plural: true },
  disc: { shape: 'circle', plural: false },
  discs: { shape: 'circle', plural: true },
  dot: { shape: 'circle', plural: false },
  dots: { shape: 'circle', plural: true },
  bar: { shape: 'bar', plural: false },
  bars: { shape: 'bar', plural: true },
  stripe: { shape: 'bar', plural: false },
  stripes: { shape: 'bar', plural: true },
  band: { shape: 'bar', plural: false },
  bands: { shape: 'bar', plural: true },
};

/** Words that announce the quoted headline; the quote itself is the headline. */
export const HEADLINE_WORDS = new Set([
  'headline',
  'headlines',
  'heading',
  'title',
  'text',
  'caption',
  'words',
  'word',
  'lettering',
  'slogan',
  'says',
  'say',
  'saying',
  'reads',
  'read',
  'reading',
  'written',
  'writes',
  'printed',
  'spelled',
  'spelling',
  'letters',
  'letter',
  'lettered',
]);

/** Nouns for the whole canvas: a colour next to one is the background. */
export const BACKGROUND_WORDS = new Set([
  'poster',
  'posters',
  'background',
  'backdrop',
  'canvas',
  'image',
  'picture',
  'page',
  'flyer',
  'banner',
]);

/** Words of a two-colour background ("navy to teal gradient", "fading from navy into teal"). */
export const GRADIENT_WORDS = new Set(['gradient', 'fade', 'fading', 'fades', 'blend']);
export const GRADIENT_LINKS = new Set(['to', 'into']);

/** The footer strip along the bottom edge ("white footer bar"); trained in white or black. */
export const FOOTER_WORDS = new Set(['footer']);
export const FOOTER_COLOURS: readonly PaletteColour[] = ['white', 'black'];

/** Words that only link the others: understood, never reported as ignored. */
export const GRAMMAR_WORDS = new Set([
  'a',
  'an',
  'the',
  'one',
  'single',
  'some',
  'two',
  'three',
  'of',
  'in',
  'at',
  'on',
  'along',
  'across',
  'near',
  'towards',
  'toward',
  'is',
  'are',
  'be',
  'sits',
  'sit',
  'sitting',
  'placed',
  'place',
  'put',
  'positioned',
  'goes',
  'go',
  'has',
  'have',
  'there',
  'it',
  'its',
  'this',
  'that',
  'which',
  'from',
  'by',
  'as',
  'very',
  'colored',
  'colors',
  'over',
  'add',
  "there's",
  "that's",
  "let's",
  'let',
  "it's",
  'here',
  'centered',
  'color',
  'filled',
  'solid',
  'plain',
  'shape',
  'shapes',
  'draw',
  'make',
  'show',
  'shows',
  'showing',
  'featuring',
  'features',
  'containing',
  'contains',
  'whose',
  'please',
  'me',
  'my',
  'create',
  'design',
]);

/** Words that end one part of a prompt and start the next ("…, …", "… and …", "… with …"). */
export const PART_BREAKS = new Set(['and', 'with', 'plus', 'also', 'while', 'then']);

/** The characters the glyph atlas draws (train/glyphs.py `CHARSET`); others are dropped. */
export const HEADLINE_CHARSET = ' ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!%&-.?+#$:/';

/** The planner reads this many caption bytes (model.json `tokenizer.maxPromptBytes`). */
export const MAX_CAPTION_BYTES = 159;
