import { BLANK } from './dictionary.ts';
import type { Alphabet } from './dictionary.ts';
import type { Recognition } from './types.ts';

/** A greedy CTC reading with where each character was read: `steps[i]` is the step of `text[i]`. */
export interface AlignedRecognition extends Recognition {
  readonly steps: readonly number[];
}

/**
 * Greedy CTC decoding of one sequence of per-step class probabilities (`steps`×`classes`,
 * row-major): arg-max each step, merge repeats, drop blanks. The confidence is the mean of
 * the kept steps' maximum probabilities (0 when nothing is kept).
 */
export function ctcGreedyDecode(
  probabilities: Float32Array,
  steps: number,
  classes: number,
  alphabet: Alphabet,
): Recognition {
  const { text, confidence } = ctcGreedyDecodeAligned(probabilities, steps, classes, alphabet);
  return { text, confidence };
}

/** `ctcGreedyDecode`, also saying at which step each character of the text was read. */
export function ctcGreedyDecodeAligned(
  probabilities: Float32Array,
  steps: number,
  classes: number,
  alphabet: Alphabet,
): AlignedRecognition {
  if (probabilities.length < steps * classes) {
    throw new RangeError(
      `CTC input has ${probabilities.length} values, expected ${steps * classes}`,
    );
  }
  if (classes !== alphabet.size) {
    throw new RangeError(`CTC input has ${classes} classes, the alphabet ${alphabet.size}`);
  }
  let text = '';
  const keptSteps: number[] = [];
  let sum = 0;
  let kept = 0;
  let previous = BLANK;
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let best = 0;
    let bestProbability = probabilities[row] ?? 0;
    for (let k = 1; k < classes; k++) {
      const p = probabilities[row + k] ?? 0;
      if (p > bestProbability) {
        best = k;
        bestProbability = p;
      }
    }
    if (best !== BLANK && best !== previous) {
      const symbol = alphabet.symbols[best] ?? '';
      text += symbol;
      for (let i = 0; i < symbol.length; i++) keptSteps.push(t);
      sum += bestProbability;
      kept++;
    }
    previous = best;
  }
  return { text, confidence: kept > 0 ? sum / kept : 0, steps: keptSteps };
}
