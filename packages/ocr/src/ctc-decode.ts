import { BLANK } from './dictionary.ts';
import type { Alphabet } from './dictionary.ts';
import type { Recognition } from './types.ts';

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
  if (probabilities.length < steps * classes) {
    throw new RangeError(
      `CTC input has ${probabilities.length} values, expected ${steps * classes}`,
    );
  }
  if (classes !== alphabet.size) {
    throw new RangeError(`CTC input has ${classes} classes, the alphabet ${alphabet.size}`);
  }
  let text = '';
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
      text += alphabet.symbols[best] ?? '';
      sum += bestProbability;
      kept++;
    }
    previous = best;
  }
  return { text, confidence: kept > 0 ? sum / kept : 0 };
}
