// What happens to each seed after a run is queued: stay fixed, get a random value, or step by
// one. Kept beside the document (not in it: it says how to edit, not what to compute).
import { MAX_SEED } from '@tessera/graph';
import { create } from 'zustand';

export const SEED_MODES = ['fixed', 'randomize', 'increment'] as const;
export type SeedMode = (typeof SEED_MODES)[number];

interface SeedModesState {
  /** `${nodeId}/${param}` → mode; absent means fixed. */
  readonly modes: Readonly<Record<string, SeedMode>>;
  readonly setMode: (nodeId: string, param: string, mode: SeedMode) => void;
  readonly replace: (modes: Readonly<Record<string, SeedMode>>) => void;
}

export const seedKey = (nodeId: string, param: string): string => `${nodeId}/${param}`;

export const useSeedModes = create<SeedModesState>()((set) => ({
  modes: {},
  setMode: (nodeId, param, mode) =>
    set((s) => ({ modes: { ...s.modes, [seedKey(nodeId, param)]: mode } })),
  replace: (modes) => set({ modes }),
}));

export function randomSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0] ?? 0;
}

/** The seed after a run under `mode`. */
export function nextSeed(seed: number, mode: SeedMode): number {
  if (mode === 'randomize') return randomSeed();
  if (mode === 'increment') return seed >= MAX_SEED ? 0 : seed + 1;
  return seed;
}
