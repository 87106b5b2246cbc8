// The local draft: the open document, where it is saved, its seed modes and whether it has
// unsaved changes, kept in local storage so a crash or a closed tab loses nothing.
import { type WorkflowDocument, readDocument } from '@tessera/graph';
import type { SavedAs } from '../state/editor-store.ts';
import { SEED_MODES, type SeedMode } from '../state/seed-modes.ts';

export const DRAFT_KEY = 'tessera:draft';

export interface Draft {
  readonly doc: WorkflowDocument;
  readonly savedAs: SavedAs | null;
  readonly seedModes: Readonly<Record<string, SeedMode>>;
  /** Whether `doc` has changes that are not saved as `savedAs` (or not saved at all). */
  readonly dirty: boolean;
}

export function serializeDraft(draft: Draft): string {
  return JSON.stringify(draft);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readSavedAs(value: unknown): SavedAs | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { id, version } = value;
  if (typeof id !== 'string' || id === '') return undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return undefined;
  return { id, version };
}

function readSeedModes(value: unknown): Record<string, SeedMode> {
  const modes: Record<string, SeedMode> = {};
  if (!isRecord(value)) return modes;
  for (const [key, mode] of Object.entries(value)) {
    if (SEED_MODES.includes(mode as SeedMode)) modes[key] = mode as SeedMode;
  }
  return modes;
}

/** The draft in `text`, or null when there is none or it cannot be read (it is then ignored). */
export function parseDraft(text: string | null): Draft | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const read = readDocument(value.doc);
  const savedAs = readSavedAs(value.savedAs);
  if (!read.ok || savedAs === undefined) return null;
  return {
    doc: read.document,
    savedAs,
    seedModes: readSeedModes(value.seedModes),
    dirty: value.dirty === true,
  };
}

/** Local storage, or null where the browser refuses it (private modes, disabled storage). */
export function draftStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(storage: Storage | null = draftStorage()): Draft | null {
  try {
    return parseDraft(storage?.getItem(DRAFT_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Writes the draft; false when storage refused it (full or disabled). */
export function writeDraft(draft: Draft, storage: Storage | null = draftStorage()): boolean {
  try {
    storage?.setItem(DRAFT_KEY, serializeDraft(draft));
    return storage !== null;
  } catch {
    return false;
  }
}
