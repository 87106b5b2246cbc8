// What a file dropped on the editor carries: a workflow (a .json file, or the document a Tessera
// PNG embeds) or a token plan (.tplan, for the Plan Lab). Pure: bytes in, an answer out.
import { type WorkflowDocument, readDocument } from '@tessera/graph';
import { PNG_TEXT_KEYS } from '@tessera/nodes/specs';
import { PngFormatError, isPng, readPngText } from '@tessera/png/chunks';
import { describeProblems, parseWorkflowFile } from '../workflows/import-document.ts';

export type DroppedFileKind = 'png' | 'tplan' | 'json' | 'unknown';

export type DroppedContent =
  | {
      readonly kind: 'workflow';
      readonly document: WorkflowDocument;
      readonly from: 'json' | 'png';
    }
  | { readonly kind: 'plan'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly kind: 'refused'; readonly message: string };

/** A workflow is a few kilobytes, a plan or a PNG a few megabytes at most. */
export const MAX_DROP_BYTES = 32 * 1024 * 1024;

export const NO_WORKFLOW_IN_PNG = 'This PNG has no Tessera workflow in it';

const TPLAN_MAGIC = [0x54, 0x50, 0x4c, 0x4e]; // "TPLN"

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The first byte that is not whitespace (or a UTF-8 byte order mark), or undefined. */
function firstSignificantByte(bytes: Uint8Array): number | undefined {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < Math.min(bytes.length, 4096); i += 1) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
  }
  return undefined;
}

/** What a file is, by its first bytes, then its name (a JSON file has no signature). */
export function detectDroppedFile(fileName: string, bytes: Uint8Array): DroppedFileKind {
  if (isPng(bytes)) return 'png';
  if (startsWith(bytes, TPLAN_MAGIC)) return 'tplan';
  if (/\.tplan$/i.test(fileName)) return 'tplan';
  if (/\.json$/i.test(fileName) || firstSignificantByte(bytes) === 0x7b) return 'json';
  return 'unknown';
}

function workflowFromPng(fileName: string, bytes: Uint8Array): DroppedContent {
  let texts: Map<string, string>;
  try {
    texts = readPngText(bytes);
  } catch (error) {
    const reason = error instanceof PngFormatError ? error.message : `${String(error)}.`;
    return { kind: 'refused', message: `“${fileName}” cannot be read: ${reason}` };
  }
  const text = texts.get(PNG_TEXT_KEYS.workflow);
  if (text === undefined) {
    return {
      kind: 'refused',
      message: `${NO_WORKFLOW_IN_PNG} (“${fileName}”): only images saved by Tessera’s Save image node carry one.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      kind: 'refused',
      message: `The workflow inside “${fileName}” is damaged (it is not valid JSON).`,
    };
  }
  const read = readDocument(json);
  if (!read.ok) {
    return {
      kind: 'refused',
      message: `The workflow inside “${fileName}” cannot be opened: ${describeProblems(read.problems)}`,
    };
  }
  // The document keeps its own name: it is the workflow that made the image.
  return { kind: 'workflow', document: read.document, from: 'png' };
}

/** Reads a dropped file; every refusal says what the file is and why it cannot be opened. */
export function readDroppedFile(fileName: string, bytes: Uint8Array): DroppedContent {
  if (bytes.length > MAX_DROP_BYTES)
    return { kind: 'refused', message: `“${fileName}” is too large to open (over 32 MB).` };
  switch (detectDroppedFile(fileName, bytes)) {
    case 'png':
      return workflowFromPng(fileName, bytes);
    case 'tplan':
      return { kind: 'plan', fileName, bytes };
    case 'json': {
      const result = parseWorkflowFile(new TextDecoder().decode(bytes), fileName);
      return result.ok
        ? { kind: 'workflow', document: result.document, from: 'json' }
        : { kind: 'refused', message: result.message };
    }
    case 'unknown':
      return {
        kind: 'refused',
        message: `“${fileName}” is not something Tessera opens: drop a workflow (.json), an image saved by Tessera (.png) or a token plan (.tplan).`,
      };
  }
}
