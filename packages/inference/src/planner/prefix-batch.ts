import type { PromptPrefix, PromptTokenizerSpec } from './prompt-tokenizer.ts';

/**
 * Prompt prefixes of one batch, left-padded to a common length: padding has the PAD id, position
 * 0 and attention mask 0, so rows of different lengths (CFG's conditional and prompt-dropped
 * rows) run together.
 */
export interface PrefixBatch {
  readonly batch: number;
  readonly length: number;
  readonly ids: BigInt64Array;
  readonly positions: BigInt64Array;
  /** [batch, length], 1 where a real token is. */
  readonly mask: BigInt64Array;
  /** True when some row is padded (the mask is not all ones). */
  readonly padded: boolean;
}

export function buildPrefixBatch(
  rows: readonly PromptPrefix[],
  spec: PromptTokenizerSpec,
): PrefixBatch {
  const length = Math.max(...rows.map((r) => r.ids.length));
  const batch = rows.length;
  const ids = new BigInt64Array(batch * length).fill(BigInt(spec.padId));
  const positions = new BigInt64Array(batch * length);
  const mask = new BigInt64Array(batch * length);
  let padded = false;
  rows.forEach((row, b) => {
    const start = b * length + (length - row.ids.length);
    if (row.ids.length < length) padded = true;
    row.ids.forEach((id, i) => {
      ids[start + i] = BigInt(id);
      positions[start + i] = BigInt(row.positions[i] ?? 0);
      mask[start + i] = 1n;
    });
  });
  return { batch, length, ids, positions, mask, padded };
}
