/**
 * A token plan: an `height × width` grid of codebook indices (row-major), the codebook it
 * belongs to, the patch size in pixels, optionally one probability per token (heatmaps) and,
 * from format version 2, the sampler's likeliest alternatives per token.
 */
export interface TokenPlan {
  readonly height: number;
  readonly width: number;
  /** Row-major codebook indices, `height * width` of them, each below `codebook.vocabSize`. */
  readonly ids: Uint16Array;
  readonly codebook: CodebookRef;
  /** Pixels per token side when the plan is rendered (`renderPlanPreview`, decoders). */
  readonly patchSize: number;
  /** The sampler's probability of each chosen token, in [0, 1], `height * width` of them. */
  readonly probabilities?: Float32Array;
  /** The likeliest codes the sampler weighed at each token (format version 2). */
  readonly alternatives?: TokenPlanAlternatives;
}

/**
 * Per token, up to `count` likeliest codes under the model (best first) and their probabilities:
 * row-major `[height * width, count]`, so token `i`'s list starts at `i * count`. A token with
 * fewer than `count` alternatives is padded at the end of its list with id -1 and probability 0.
 */
export interface TokenPlanAlternatives {
  /** Alternatives per token, 1 to `TOKEN_PLAN_MAX_ALTERNATIVES`. */
  readonly count: number;
  /** Codes below `codebook.vocabSize`, or -1 for padding. */
  readonly ids: Int32Array;
  /** Their probabilities in [0, 1]; 0 for padding. */
  readonly probabilities: Float32Array;
}

/** Which codebook a plan's ids index into. Two plans are comparable only when these match. */
export interface CodebookRef {
  /** Id of the model package the codebook belongs to: printable ASCII, 1 to 255 characters. */
  readonly modelId: string;
  /** The grid the codebook was trained for (16, 32, 64 for tessera-tiny). */
  readonly grid: number;
  /** Number of codes K; every id is below it. 1 to 65,536. */
  readonly vocabSize: number;
  /** sha256 (lowercase hex) of the codebook's bytes, as written in the model manifest. */
  readonly hash: string;
}

/**
 * The newest binary format version this library reads (and older ones). The encoder writes the
 * oldest version that can hold the plan: 1 without alternatives, 2 with them.
 */
export const TOKEN_PLAN_FORMAT_VERSION = 2;

/** The first four bytes of every encoded plan. */
export const TOKEN_PLAN_MAGIC = 'TPLN';

/** File extension of a plan saved on its own. */
export const TOKEN_PLAN_FILE_EXTENSION = '.tplan';

/** Media type of the binary form. */
export const TOKEN_PLAN_MEDIA_TYPE = 'application/vnd.tessera.token-plan';

/** Keyword of the PNG text chunk that carries a plan as base64 (`encodeTokenPlanBase64`). */
export const TOKEN_PLAN_PNG_KEYWORD = 'tessera:plan';

/** Largest height or width (stored as u16). */
export const TOKEN_PLAN_MAX_SIDE = 0xffff;

/** Largest vocabulary: ids are u16. */
export const TOKEN_PLAN_MAX_VOCAB = 0x10000;

/** Most alternatives per token a plan may carry. */
export const TOKEN_PLAN_MAX_ALTERNATIVES = 8;
