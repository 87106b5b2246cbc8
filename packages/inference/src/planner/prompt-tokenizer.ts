/**
 * The byte-level prompt tokenizer of a tessera model family (ByT5-like, no weights): ids 0..255
 * are UTF-8 bytes, then PAD, BOS, BOI, then the layout codes from `layoutCodeOffset`. The planner
 * sees `[BOS, bytes…, BOI, code…]` with BOS at position 0, prompt byte i at 1 + i, BOI at
 * `promptSlot` and layout code j at `promptSlot + 1 + j`.
 */
export interface PromptTokenizerSpec {
  readonly padId: number;
  readonly bosId: number;
  readonly boiId: number;
  readonly layoutCodeOffset: number;
  /** Positions reserved for BOS and the prompt bytes; BOI sits at this position. */
  readonly promptSlot: number;
  /** Prompt bytes kept (promptSlot - 1); later bytes are dropped, even mid UTF-8 sequence. */
  readonly maxPromptBytes: number;
}

/** The planner's input before the first layout code: ids and their positions. */
export interface PromptPrefix {
  readonly ids: readonly number[];
  readonly positions: readonly number[];
}

const encoder = new TextEncoder();

/** UTF-8 bytes of the prompt, truncated to `maxPromptBytes`. */
export function promptBytes(prompt: string, spec: PromptTokenizerSpec): Uint8Array {
  return encoder.encode(prompt).subarray(0, spec.maxPromptBytes);
}

/** `[BOS, bytes…, BOI]` at positions `[0, 1, …, n, promptSlot]`. */
export function conditionalPrefix(prompt: string, spec: PromptTokenizerSpec): PromptPrefix {
  const bytes = promptBytes(prompt, spec);
  const ids = [spec.bosId, ...bytes, spec.boiId];
  const positions = ids.map((_, i) => i);
  positions[positions.length - 1] = spec.promptSlot;
  return { ids, positions };
}

/**
 * The prompt-dropped input used for classifier-free guidance: `[BOS, BOI]` at `[0, promptSlot]`.
 * The planner was trained with 10 % of prompts replaced by PAD after BOS, and PAD keys are masked,
 * so this is exactly what it saw for an empty prompt.
 */
export function unconditionalPrefix(spec: PromptTokenizerSpec): PromptPrefix {
  return { ids: [spec.bosId, spec.boiId], positions: [0, spec.promptSlot] };
}

/** The input id of layout code `code`. */
export function layoutTokenId(code: number, spec: PromptTokenizerSpec): number {
  return spec.layoutCodeOffset + code;
}

/** The position of the layout code at raster index `index`. */
export function layoutTokenPosition(index: number, spec: PromptTokenizerSpec): number {
  return spec.promptSlot + 1 + index;
}

/**
 * The fixed-length prompt input of the expander: `[BOS, bytes…, PAD…]`, `promptSlot` ids in all.
 */
export function paddedPromptIds(prompt: string, spec: PromptTokenizerSpec): BigInt64Array {
  const out = new BigInt64Array(spec.promptSlot).fill(BigInt(spec.padId));
  out[0] = BigInt(spec.bosId);
  promptBytes(prompt, spec).forEach((b, i) => {
    out[1 + i] = BigInt(b);
  });
  return out;
}
