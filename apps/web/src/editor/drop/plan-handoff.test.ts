import { describe, expect, it } from 'vitest';
import { HANDOFF_KEY, type HandoffStorage, handOverPlan, takeHandedPlan } from './plan-handoff.ts';

function memoryStorage(): HandoffStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('the plan handoff to the lab', () => {
  it('gives back the same bytes and name once', async () => {
    const storage = memoryStorage();
    const bytes = Uint8Array.from([84, 80, 76, 78, 0, 255, 7]);
    expect(handOverPlan('poster.tplan', bytes, storage)).toBe(true);
    const file = takeHandedPlan(storage);
    expect(file?.name).toBe('poster.tplan');
    expect(new Uint8Array(await file!.arrayBuffer())).toEqual(bytes);
    expect(takeHandedPlan(storage)).toBeNull();
  });

  it('answers null for a damaged entry and removes it', () => {
    const storage = memoryStorage();
    storage.setItem(HANDOFF_KEY, '{"fileName":3}');
    expect(takeHandedPlan(storage)).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('reports a storage that refuses', () => {
    const full: HandoffStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(handOverPlan('big.tplan', new Uint8Array(3), full)).toBe(false);
  });
});
