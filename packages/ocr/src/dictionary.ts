import { readFile } from 'node:fs/promises';

/**
 * The recognition alphabet, indexed by the model's output class: class 0 is the CTC blank,
 * classes 1..n are the dictionary lines in order, and — when the model has one more class
 * (PaddleOCR's `use_space_char`) — the last class is a space.
 */
export interface Alphabet {
  readonly symbols: readonly string[];
  readonly size: number;
}

export const BLANK = 0;

/** Builds the alphabet from the dictionary text for a model with `classCount` outputs. */
export function buildAlphabet(dictionaryText: string, classCount: number): Alphabet {
  const lines = dictionaryText.replace(/\r/g, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const symbols = ['', ...lines];
  if (classCount === symbols.length + 1) {
    symbols.push(' ');
  } else if (classCount !== symbols.length) {
    throw new Error(
      `OCR dictionary has ${lines.length} entries; the recognition model has ${classCount} classes ` +
        `(expected ${lines.length + 1} or ${lines.length + 2})`,
    );
  }
  return { symbols, size: symbols.length };
}

export async function loadAlphabet(path: string, classCount: number): Promise<Alphabet> {
  return buildAlphabet(await readFile(path, 'utf8'), classCount);
}
