import { PNG_TEXT_KEYS } from '@tessera/nodes/specs';
import { PngFormatError, readPngText } from '@tessera/png';
import { type TokenPlan, TokenPlanFormatError, decodeTokenPlanBase64 } from '@tessera/protocol';
import { InputError } from '../command.ts';
import { type ParsedRunManifest, zRunManifest } from './run-manifest-schema.ts';

/** What a PNG holds of Tessera's: each chunk when present and readable, and what was not. */
export interface TesseraPngData {
  /** The embedded workflow document, as stored (JSON). */
  readonly workflow?: unknown;
  readonly run?: ParsedRunManifest;
  readonly plan?: TokenPlan;
  /** One sentence per chunk that is present but unreadable. */
  readonly problems: readonly string[];
  /** Whether any Tessera chunk is present at all. */
  readonly found: boolean;
}

function parseJson(key: string, text: string, problems: string[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    problems.push(`The ${key} chunk is not valid JSON.`);
    return undefined;
  }
}

/**
 * The Tessera chunks of a PNG file (`tessera:workflow`, `tessera:run`, `tessera:plan`). Throws an
 * `InputError` for bytes that are not a PNG; a PNG without them gives `found: false`.
 */
export function readTesseraPng(path: string, bytes: Uint8Array): TesseraPngData {
  let texts: Map<string, string>;
  try {
    texts = readPngText(bytes);
  } catch (error) {
    if (error instanceof PngFormatError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
  const problems: string[] = [];
  const workflowText = texts.get(PNG_TEXT_KEYS.workflow);
  const runText = texts.get(PNG_TEXT_KEYS.run);
  const planText = texts.get(PNG_TEXT_KEYS.plan);

  const workflow =
    workflowText === undefined
      ? undefined
      : parseJson(PNG_TEXT_KEYS.workflow, workflowText, problems);
  let run: ParsedRunManifest | undefined;
  const runValue =
    runText === undefined ? undefined : parseJson(PNG_TEXT_KEYS.run, runText, problems);
  if (runValue !== undefined) {
    const parsed = zRunManifest.safeParse(runValue);
    if (parsed.success) run = parsed.data;
    else problems.push(`The ${PNG_TEXT_KEYS.run} chunk is not a run manifest this build can read.`);
  }
  let plan: TokenPlan | undefined;
  if (planText !== undefined) {
    try {
      plan = decodeTokenPlanBase64(planText);
    } catch (error) {
      if (!(error instanceof TokenPlanFormatError)) throw error;
      problems.push(`The ${PNG_TEXT_KEYS.plan} chunk is not a token plan: ${error.message}`);
    }
  }
  return {
    ...(workflow === undefined ? {} : { workflow }),
    ...(run === undefined ? {} : { run }),
    ...(plan === undefined ? {} : { plan }),
    problems,
    found: workflowText !== undefined || runText !== undefined || planText !== undefined,
  };
}
