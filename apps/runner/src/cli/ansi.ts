// Plain ANSI escape sequences: enough for colours and redrawing a block of lines.
const ESC = '\u001b[';

export const ansi = {
  /** Moves the cursor to the start of the line `n` lines up. */
  up: (n: number) => (n > 0 ? `${ESC}${n}F` : ''),
  clearLine: `${ESC}2K`,
  clearBelow: `${ESC}0J`,
} as const;

export type Colour = 'green' | 'red' | 'yellow' | 'cyan' | 'dim' | 'bold';

const CODES: Record<Colour, [number, number]> = {
  green: [32, 39],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** `text` in `colour` when `enabled`, else unchanged. */
export function paint(colour: Colour, text: string, enabled: boolean): string {
  const [on, off] = CODES[colour];
  return enabled ? `${ESC}${on}m${text}${ESC}${off}m` : text;
}

/** `text` without ANSI escape sequences. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}
