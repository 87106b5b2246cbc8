// What the sampler knew about each cell: its probability, its top alternatives (format v2
// plans) and the entropy they imply. Pure. Plans without this data answer null.
import type { TokenPlan } from '@tessera/protocol';

/** Top-k alternatives per cell: `k` ids (-1: padding) and probabilities per cell, row-major. */
export interface Alternatives {
  readonly k: number;
  readonly ids: ArrayLike<number>;
  readonly probabilities: ArrayLike<number>;
}

export interface Alternative {
  readonly id: number;
  readonly probability: number;
}

/** The plan's alternatives when it carries them (format v2 plans from the planner); else null. */
export function alternativesOf(plan: TokenPlan): Alternatives | null {
  const alts = plan.alternatives;
  if (!alts || alts.count < 1) return null;
  if (alts.ids.length !== plan.width * plan.height * alts.count) return null;
  return { k: alts.count, ids: alts.ids, probabilities: alts.probabilities };
}

/** Cell `i`'s alternatives, likeliest first (padding dropped). */
export function cellAlternatives(alts: Alternatives, i: number): Alternative[] {
  const out: Alternative[] = [];
  for (let j = 0; j < alts.k; j++) {
    const id = alts.ids[i * alts.k + j] ?? -1;
    const p = alts.probabilities[i * alts.k + j] ?? 0;
    if (id >= 0 && p > 0) out.push({ id, probability: p });
  }
  return out.sort((a, b) => b.probability - a.probability);
}

/**
 * Entropy in bits of each cell from its top-k probabilities, the rest of the mass counted as one
 * more outcome (a lower bound of the true entropy).
 */
export function entropies(alts: Alternatives, count: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    let mass = 0;
    for (let j = 0; j < alts.k; j++) {
      const p = alts.probabilities[i * alts.k + j] ?? 0;
      mass += p;
      if (p > 0) h -= p * Math.log2(p);
    }
    const rest = 1 - mass;
    if (rest > 1e-6) h -= rest * Math.log2(rest);
    out[i] = h;
  }
  return out;
}

export type HeatmapKind = 'probability' | 'entropy';

/** Per-cell values in [0, 1] where 1 is the most uncertain, or why there are none. */
export function heatValues(
  plan: TokenPlan,
  kind: HeatmapKind,
): { values: Float32Array } | { reason: string } {
  const count = plan.width * plan.height;
  if (kind === 'probability') {
    if (!plan.probabilities)
      return {
        reason: 'This plan has no probabilities (only the planner’s own plans carry them).',
      };
    return { values: plan.probabilities.map((p) => 1 - p) };
  }
  const alts = alternativesOf(plan);
  if (!alts)
    return {
      reason:
        'This plan has no alternatives, so no entropy: plans from a planner that records its top-5 alternatives (format v2) have them.',
    };
  const h = entropies(alts, count);
  const max = Math.log2(alts.k + 1);
  return { values: h.map((v) => Math.min(1, v / max)) };
}
