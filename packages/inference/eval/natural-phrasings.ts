// The natural-phrasing set of `pnpm eval:models`: each held-out scene written the way people
// write prompts, from its structured fields (never from its caption). Ten patterns, chosen in
// turn, so 64 scenes give 6 or 7 prompts of each. None of these patterns is used by the unit
// tests of the prompt language (src/prompt-language/*.test.ts): they measure prompts no test
// was written against.
import type { HeldoutPrompt } from '../src/evaluation/heldout.ts';
import type { PromptUnderstanding } from '../src/prompt-language/index.ts';

type Scene = HeldoutPrompt;
type Block = Scene['blocks'][number];

/** Zone names of the suite ("top left", …, "center") → how people say them, four ways. */
const ZONE_STYLES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  'top left': [
    'in the top-left corner',
    'upper left',
    'in the upper left-hand corner',
    'at the top left of the poster',
  ],
  'top center': ['at the top', 'top middle', 'along the top', 'in the top half'],
  'top right': [
    'in the top-right corner',
    'upper right',
    'in the upper right-hand corner',
    'at the top right of the poster',
  ],
  'center left': ['on the left side', 'middle left', 'on the left-hand side', 'at the left edge'],
  center: ['in the centre', 'middle', 'in the middle', 'in the very centre'],
  'center right': [
    'on the right side',
    'middle right',
    'on the right-hand side',
    'at the right edge',
  ],
  'bottom left': [
    'in the bottom-left corner',
    'lower left',
    'in the lower left-hand corner',
    'at the bottom left of the poster',
  ],
  'bottom center': ['at the bottom', 'bottom middle', 'along the bottom', 'in the bottom half'],
  'bottom right': [
    'in the bottom-right corner',
    'lower right',
    'in the lower right-hand corner',
    'at the bottom right of the poster',
  ],
};

const SHAPE_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  rectangle: ['box', 'squares'],
  circle: ['disc', 'dots'],
  bar: ['stripe', 'bands'],
};

function zone(name: string, style: 0 | 1 | 2 | 3): string {
  const styles = ZONE_STYLES[name];
  if (styles === undefined) throw new Error(`no phrasing for zone "${name}"`);
  return styles[style];
}

function shape(block: Block, plural: boolean): string {
  const words = SHAPE_WORDS[block.shape ?? ''];
  if (words === undefined) throw new Error(`no phrasing for shape "${block.shape ?? '?'}"`);
  return plural ? words[1] : block.shape === 'circle' && !plural ? 'circle' : words[0];
}

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const colour = (name: string): string => (name === 'navy' ? 'navy blue' : name);

function background(
  scene: Scene,
  gradient: (a: string, b: string) => string,
  solid: (c: string) => string,
): string {
  const [a, b] = scene.background ?? [];
  if (a === undefined) throw new Error(`${scene.id} records no background`);
  return b === undefined ? solid(a) : gradient(a, b);
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

const footer = (scene: Scene, say: (c: string) => string): string =>
  scene.footer ? say(scene.footer) : '';

/** The phrasing patterns, each a whole prompt from a scene. */
export const NATURAL_PATTERNS: readonly ((scene: Scene) => string)[] = [
  // 1. "A … poster with …", headline last, articles and corners.
  (s) => {
    const blocks = s.blocks.map(
      (b) => `${article(b.color)} ${b.color} ${shape(b, false)} ${zone(b.zone, 0)}`,
    );
    const bg = background(
      s,
      (a, b) => `${a} to ${b} gradient poster`,
      (c) => `${c} poster`,
    );
    const foot = footer(s, (c) => `, plus a ${c} footer bar`);
    return `${article(bg)} ${bg} with ${list(blocks)}, and the headline "${s.headline.text}" ${zone(s.headline.zone, 0)}${foot}`;
  },
  // 2. Headline first, "reads", sentences, background last.
  (s) => {
    const blocks = s.blocks.map(
      (b) => `There is ${article(b.color)} ${b.color} ${shape(b, false)} ${zone(b.zone, 2)}.`,
    );
    const bg = background(
      s,
      (a, b) => `a gradient from ${a} to ${b}`,
      (c) => c,
    );
    const foot = footer(s, (c) => ` A ${c} footer runs along the bottom.`);
    return `The title reads "${s.headline.text}" ${zone(s.headline.zone, 2)}. ${blocks.join(' ')} The background is ${bg}.${foot}`;
  },
  // 3. Zone first, semicolons, "written", "on <colour>".
  (s) => {
    const blocks = s.blocks.map(
      (b) => `${zone(b.zone, 0)}, ${article(b.color)} ${b.color} ${shape(b, false)}`,
    );
    const bg = background(
      s,
      (a, b) => `on ${a} fading into ${b}`,
      (c) => `on ${colour(c)}`,
    );
    const foot = footer(s, (c) => `; a ${c} footer bar`);
    return `${blocks.join('; ')}; "${s.headline.text}" written ${zone(s.headline.zone, 0)}; ${bg}${foot}`;
  },
  // 4. Upper case throughout, terse, "TEXT".
  (s) => {
    const blocks = s.blocks.map((b) => `${b.color} ${shape(b, false)} ${zone(b.zone, 1)}`);
    const bg = background(
      s,
      (a, b) => `${a} to ${b} gradient`,
      (c) => c,
    );
    const foot = footer(s, (c) => `, ${c} footer bar`);
    return `${bg} poster with ${blocks.join(', ')}, text "${s.headline.text}" ${zone(s.headline.zone, 1)}${foot}`.toUpperCase();
  },
  // 5. British spelling, "coloured", lower-case headline, "in the centre".
  (s) => {
    const blocks = s.blocks.map(
      (b) => `${article(b.color)} ${b.color}-coloured ${shape(b, false)} ${zone(b.zone, 3)}`,
    );
    const bg = background(
      s,
      (a, b) => `a poster coloured ${a} fading to ${b}`,
      (c) => `a poster coloured ${c}`,
    );
    const foot = footer(s, (c) => `, and a ${c} footer bar`);
    return `${bg}, with ${list(blocks)}. The headline "${s.headline.text.toLowerCase()}" goes ${zone(s.headline.zone, 3)}${foot}.`;
  },
  // 6. Plural shapes, "saying", "background" noun at the end.
  (s) => {
    const blocks = s.blocks.map((b) => `${b.color} ${shape(b, true)} ${zone(b.zone, 1)}`);
    const bg = background(
      s,
      (a, b) => `${a}-to-${b} gradient background`,
      (c) => `${c} background`,
    );
    const foot = footer(s, (c) => ` and a ${c} footer`);
    return `${blocks.join(', ')}, text saying "${s.headline.text}" ${zone(s.headline.zone, 2)}, ${bg}${foot}`;
  },
  // 7. A request, curly quotes, "says".
  (s) => {
    const bg = background(
      s,
      (a, b) => `${a} and ${b} gradient`,
      (c) => colour(c),
    );
    const blocks = s.blocks.map(
      (b) => `${article(b.color)} ${b.color} ${shape(b, false)} ${zone(b.zone, 2)}`,
    );
    const foot = footer(s, (c) => ` Finish with a ${c} footer bar.`);
    return `Make me ${article(bg)} ${bg} poster. It says \u201c${s.headline.text}\u201d ${zone(s.headline.zone, 0)}. Add ${list(blocks)}.${foot}`;
  },
  // 8. Blocks in reverse order, single quotes, "with the words", backdrop.
  (s) => {
    const bg = background(
      s,
      (a, b) => `${a} into ${b} gradient backdrop`,
      (c) => `${c} backdrop`,
    );
    const blocks = [...s.blocks]
      .reverse()
      .map((b) => `${article(b.color)} ${b.color} ${shape(b, false)} ${zone(b.zone, 3)}`);
    const foot = footer(s, (c) => `, ${c} footer bar`);
    return `${bg}; ${blocks.join('; ')}; with the words '${s.headline.text}' ${zone(s.headline.zone, 3)}${foot}`;
  },
  // 9. Mixed case, "printed", headline in the middle of the prompt.
  (s) => {
    const bg = background(
      s,
      (a, b) => `${cap(article(a))} ${cap(a)} to ${cap(b)} gradient`,
      (c) => `${cap(article(c))} ${cap(c)}`,
    );
    const [first, ...rest] = s.blocks.map(
      (b) => `${cap(b.color)} ${cap(shape(b, false))} ${zone(b.zone, 0)}`,
    );
    const foot = footer(s, (c) => ` And a ${cap(c)} Footer Bar.`);
    const more = rest.length > 0 ? ` Also: ${rest.join(', ')}.` : '';
    return `${bg} Poster, ${first ?? ''}, "${s.headline.text}" Printed ${zone(s.headline.zone, 1)}.${more}${foot}`;
  },
  // 10. "featuring", "heading", background named by "over".
  (s) => {
    const blocks = s.blocks.map(
      (b) => `${b.color} ${shape(b, b.shape === 'bar')} ${zone(b.zone, 3)}`,
    );
    const bg = background(
      s,
      (a, b) => `over ${article(a)} ${a} to ${b} gradient`,
      (c) => `over ${article(c)} ${c} background`,
    );
    const foot = footer(s, (c) => `, with a ${c} footer bar`);
    return `heading "${s.headline.text}" ${zone(s.headline.zone, 1)} ${bg}, featuring ${list(blocks)}${foot}`;
  },
];

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The natural prompt of the `index`-th scene: pattern `index mod 10`. */
export function naturalPrompt(scene: Scene, index: number): string {
  const pattern = NATURAL_PATTERNS[index % NATURAL_PATTERNS.length];
  if (pattern === undefined) throw new Error('no phrasing patterns');
  return pattern(scene);
}

const sceneParts = (blocks: readonly { color: string; shape?: string; zone: string }[]): string =>
  blocks
    .map((b) => `${b.color} ${b.shape ?? ''} ${b.zone}`)
    .sort()
    .join(' | ');

/** Whether a prompt language's reading of a natural prompt is the scene it was written from. */
export function understoodAsScene(understood: PromptUnderstanding, scene: Scene): boolean {
  return (
    understood.background.join() === (scene.background ?? []).join() &&
    sceneParts(understood.blocks) === sceneParts(scene.blocks) &&
    understood.headline?.text === scene.headline.text &&
    understood.headline.zone === scene.headline.zone &&
    understood.footer === (scene.footer ?? null)
  );
}
