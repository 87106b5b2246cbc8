// A plan dropped on the editor travels to the Plan Lab through sessionStorage (this tab only):
// the editor stores it and opens /lab?from=drop, the lab takes it once and opens it.
import { base64ToBytes, bytesToBase64 } from '@tessera/protocol';
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';

export const HANDOFF_KEY = 'tessera:dropped-plan';
/** The lab's address that takes a handed-over plan. */
export const LAB_DROP_URL = '/lab?from=drop';

const zHandoff = lazySchema(() => z.object({ fileName: z.string(), base64: z.string() }));

/** Minimal Storage, so tests can pass a Map-backed one. */
export type HandoffStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Stores the plan for the lab; false when the browser refuses (storage full or off). */
export function handOverPlan(
  fileName: string,
  bytes: Uint8Array,
  storage: HandoffStorage = sessionStorage,
): boolean {
  try {
    storage.setItem(HANDOFF_KEY, JSON.stringify({ fileName, base64: bytesToBase64(bytes) }));
    return true;
  } catch {
    return false;
  }
}

/** The plan handed over, as a File, removed from storage; null when there is none. */
export function takeHandedPlan(storage: HandoffStorage = sessionStorage): File | null {
  const raw = storage.getItem(HANDOFF_KEY);
  if (raw === null) return null;
  storage.removeItem(HANDOFF_KEY);
  try {
    const parsed = zHandoff.parse(JSON.parse(raw));
    const bytes = base64ToBytes(parsed.base64);
    return new File([bytes.slice().buffer], parsed.fileName, { type: 'application/octet-stream' });
  } catch {
    return null;
  }
}
