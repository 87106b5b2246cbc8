import type { TokenPlan } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { alternativesOf, cellAlternatives, entropies, heatValues } from './plan-stats.ts';

const base: TokenPlan = {
  height: 1,
  width: 2,
  ids: Uint16Array.from([1, 2]),
  codebook: { modelId: 'm', grid: 2, vocabSize: 10, hash: 'a'.repeat(64) },
  patchSize: 16,
};

describe('plan statistics', () => {
  it('explains a missing heatmap', () => {
    expect(heatValues(base, 'probability')).toHaveProperty('reason');
    expect(heatValues(base, 'entropy')).toHaveProperty('reason');
    const withP = { ...base, probabilities: Float32Array.from([1, 0.25]) };
    const heat = heatValues(withP, 'probability');
    expect('values' in heat && [...heat.values]).toEqual([0, 0.75]);
  });

  it('reads alternatives and their entropy', () => {
    const plan = {
      ...base,
      alternatives: {
        count: 2,
        ids: Int32Array.from([1, 3, 2, -1]),
        probabilities: Float32Array.from([0.5, 0.5, 1, 0]),
      },
    } as TokenPlan;
    const alts = alternativesOf(plan);
    expect(alts?.k).toBe(2);
    expect(alts && cellAlternatives(alts, 1)).toEqual([{ id: 2, probability: 1 }]);
    expect(alts && [...entropies(alts, 2)]).toEqual([1, 0]);
    expect(alternativesOf(base)).toBeNull();
  });
});
