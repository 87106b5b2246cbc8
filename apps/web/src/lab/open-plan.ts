// Turning bytes the user gave (a .tplan file, a saved Tessera PNG, an artifact) into a plan the
// lab can edit, or a message that says what is wrong with them. Pure.
import {
  TOKEN_PLAN_PNG_KEYWORD,
  type TokenPlan,
  TokenPlanFormatError,
  decodeTokenPlan,
  decodeTokenPlanBase64,
} from '@tessera/protocol';
import { PngFormatError, isPng, readPngText } from '@tessera/png/chunks';

/** A codebook the lab can show and edit plans of (from `models.list`). */
export interface KnownCodebook {
  readonly modelId: string;
  readonly grid: number;
  readonly k: number;
}

export interface OpenedPlan {
  readonly plan: TokenPlan;
  /** The workflow embedded next to the plan (a Tessera PNG), as JSON text. */
  readonly workflowJson: string | null;
}

export type OpenResult =
  | { readonly ok: true; readonly opened: OpenedPlan }
  | { readonly ok: false; readonly message: string };

const PROBLEM: Partial<Record<TokenPlanFormatError['code'], string>> = {
  truncated: 'Truncated file',
  'bad-magic': 'Not a token plan',
  'unsupported-version': 'Unsupported plan version',
  'codebook-mismatch': 'Wrong codebook',
  'shape-mismatch': 'Wrong size',
  'trailing-bytes': 'Wrong size',
  'bad-base64': 'Corrupt plan in the PNG',
};

function describe(error: unknown, what: string): string {
  if (error instanceof TokenPlanFormatError) {
    const head = PROBLEM[error.code] ?? 'Corrupt plan';
    return `${head}: ${what} was refused (${error.message}).`;
  }
  if (error instanceof PngFormatError) return `Corrupt PNG: ${what} was refused. ${error.message}`;
  return `${what} could not be read: ${error instanceof Error ? error.message : String(error)}.`;
}

/** Refuses a plan whose codebook or size the lab's model does not have. */
export function checkAgainstCodebooks(
  plan: TokenPlan,
  books: readonly KnownCodebook[],
): string | null {
  if (books.length === 0) return null;
  const { modelId, grid, vocabSize } = plan.codebook;
  const ofModel = books.filter((b) => b.modelId === modelId);
  if (ofModel.length === 0)
    return `Wrong codebook: the plan belongs to model "${modelId}", which this server does not have (it has ${[...new Set(books.map((b) => b.modelId))].join(', ')}).`;
  const book = ofModel.find((b) => b.grid === grid);
  if (!book)
    return `Wrong codebook: "${modelId}" has no ${grid}×${grid} codebook (it has ${ofModel.map((b) => `${b.grid}×${b.grid}`).join(', ')}).`;
  if (book.k !== vocabSize)
    return `Wrong codebook: the plan's codebook has ${vocabSize} codes, "${modelId}" ${grid}×${grid} has ${book.k}.`;
  if (plan.width !== grid || plan.height !== grid)
    return `Wrong size: the plan is ${plan.width}×${plan.height} tokens, its codebook is for ${grid}×${grid}.`;
  return null;
}

/** Reads a .tplan file or a Tessera PNG; `what` names the source in messages. */
export function openPlanBytes(
  bytes: Uint8Array,
  what: string,
  books: readonly KnownCodebook[],
): OpenResult {
  let opened: OpenedPlan;
  try {
    if (isPng(bytes)) {
      const texts = readPngText(bytes);
      const text = texts.get(TOKEN_PLAN_PNG_KEYWORD);
      if (text === undefined)
        return {
          ok: false,
          message: `No plan in ${what}: this PNG has no "${TOKEN_PLAN_PNG_KEYWORD}" chunk (only images saved by Tessera's image.save carry one).`,
        };
      opened = {
        plan: decodeTokenPlanBase64(text.trim()),
        workflowJson: texts.get('tessera:workflow') ?? null,
      };
    } else {
      if (bytes.length === 0) return { ok: false, message: `Empty file: ${what} has no bytes.` };
      opened = { plan: decodeTokenPlan(bytes), workflowJson: null };
    }
  } catch (error) {
    return { ok: false, message: describe(error, what) };
  }
  const mismatch = checkAgainstCodebooks(opened.plan, books);
  return mismatch === null ? { ok: true, opened } : { ok: false, message: `${mismatch} (${what})` };
}
