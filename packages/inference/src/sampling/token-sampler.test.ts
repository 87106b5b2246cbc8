import { describe, expect, it } from 'vitest';
import { createRng, type SeededRng } from '../rng/seeded-rng.ts';
import { checkSamplingOptions, GREEDY, type SamplingOptions } from './sampling-options.ts';
import { TokenSampler } from './token-sampler.ts';

/** Logits whose softmax (temperature 1) is exactly `probs`. */
function logitsOf(probs: number[]): Float32Array {
  return Float32Array.from(probs, (p) => Math.log(p));
}

function frequencies(logits: Float32Array, options: SamplingOptions, draws = 20_000): number[] {
  const sampler = new TokenSampler(logits.length);
  const rng = createRng(11);
  const counts = new Array<number>(logits.length).fill(0);
  for (let i = 0; i < draws; i++) {
    const id = sampler.sample(logits, 0, options, rng);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts.map((c) => c / draws);
}

/** Counts the draws a sampler makes. */
function countingRng(seed: number): SeededRng & { calls: number } {
  const inner = createRng(seed);
  const rng = {
    calls: 0,
    nextUint32: () => (rng.calls++, inner.nextUint32()),
    nextFloat: () => (rng.calls++, inner.nextFloat()),
    nextNormal: () => (rng.calls++, inner.nextNormal()),
    fillNormal: (out: Float32Array | Float64Array) => inner.fillNormal(out),
  };
  return rng;
}

/** A plain reference: sort everything, apply top-k, renormalise, apply top-p, draw. */
function referenceSample(logits: Float32Array, o: SamplingOptions, rng: SeededRng): number {
  const max = Math.max(...logits);
  const w = Array.from(logits, (l) => Math.exp((l - max) / o.temperature));
  let order = w.map((_, i) => i).sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0) || a - b);
  if (o.topK > 0) order = order.slice(0, o.topK);
  const mass = order.reduce((s, i) => s + (w[i] ?? 0), 0);
  const kept: number[] = [];
  let before = 0;
  for (const i of order) {
    if (kept.length > 0 && before >= o.topP * mass) break;
    kept.push(i);
    before += w[i] ?? 0;
  }
  let u = rng.nextFloat() * kept.reduce((s, i) => s + (w[i] ?? 0), 0);
  for (const i of kept) {
    u -= w[i] ?? 0;
    if (u < 0) return i;
  }
  return kept[kept.length - 1] ?? -1;
}

describe('TokenSampler', () => {
  it('is greedy at temperature 0 or top-k 1: the argmax, lowest id on ties, no random draw', () => {
    const sampler = new TokenSampler(5);
    const rng = countingRng(1);
    const logits = Float32Array.from([0.1, 3, -2, 3, 1]);
    expect(sampler.sample(logits, 0, GREEDY, rng)).toBe(1);
    expect(sampler.sample(logits, 0, { temperature: 0.9, topP: 0.75, topK: 1 }, rng)).toBe(1);
    expect(rng.calls).toBe(0);
  });

  it('reports the model probability (temperature 1) and the five likeliest tokens', () => {
    const sampler = new TokenSampler(7);
    const probs = [0.05, 0.3, 0.02, 0.4, 0.1, 0.08, 0.05];
    const id = sampler.sample(
      logitsOf(probs),
      0,
      { temperature: 0.5, topP: 1, topK: 0 },
      createRng(0),
    );
    expect(sampler.probability).toBeCloseTo(probs[id] ?? -1, 6);
    const alts = sampler.alternatives();
    expect(alts.map((a) => a.id)).toEqual([3, 1, 4, 5, 0]);
    [0.4, 0.3, 0.1, 0.08, 0.05].forEach((p, i) => expect(alts[i]?.probability).toBeCloseTo(p, 6));
  });

  it('reads the row at the given offset', () => {
    const sampler = new TokenSampler(3);
    const rows = Float32Array.from([9, 0, 0, 0, 0, 9]);
    expect(sampler.sample(rows, 3, GREEDY, createRng(0))).toBe(2);
  });

  it('samples in proportion to the softmax at the given temperature', () => {
    const logits = Float32Array.from([0, 1, 2]);
    const t = 2;
    const e = [0, 1, 2].map((l) => Math.exp(l / t));
    const z = e.reduce((a, b) => a + b);
    const f = frequencies(logits, { temperature: t, topP: 1, topK: 0 });
    f.forEach((fi, i) => expect(fi).toBeCloseTo((e[i] ?? 0) / z, 1));
  });

  it('top-k keeps exactly the K likeliest tokens, renormalised', () => {
    const f = frequencies(logitsOf([0.1, 0.4, 0.2, 0.3]), { temperature: 1, topP: 1, topK: 2 });
    expect(f[0]).toBe(0);
    expect(f[2]).toBe(0);
    expect(f[1]).toBeCloseTo(0.4 / 0.7, 1);
    expect(f[3]).toBeCloseTo(0.3 / 0.7, 1);
  });

  it('top-p keeps a token while the likelier mass is below p', () => {
    const logits = logitsOf([0.5, 0.3, 0.15, 0.05]);
    const f75 = frequencies(logits, { temperature: 1, topP: 0.75, topK: 0 });
    expect(f75[2]).toBe(0);
    expect(f75[0]).toBeCloseTo(0.5 / 0.8, 1);
    const f81 = frequencies(logits, { temperature: 1, topP: 0.81, topK: 0 }, 5000);
    expect(f81[2]).toBeGreaterThan(0);
    expect(f81[3]).toBe(0);
    expect(frequencies(logits, { temperature: 1, topP: 0, topK: 0 }, 100)[0]).toBe(1);
  });

  it('applies top-p to the top-k distribution renormalised', () => {
    // top-2 = {0.4, 0.3} -> {0.57, 0.43}: with p = 0.5 only the first survives.
    const f = frequencies(
      logitsOf([0.4, 0.3, 0.2, 0.1]),
      { temperature: 1, topP: 0.5, topK: 2 },
      500,
    );
    expect(f[0]).toBe(1);
  });

  it('matches a plain sort-everything reference on large random vocabularies', () => {
    const gen = createRng(99);
    const settings: SamplingOptions[] = [
      { temperature: 0.9, topP: 0.75, topK: 0 },
      { temperature: 1.7, topP: 0.99, topK: 0 },
      { temperature: 0.7, topP: 1, topK: 40 },
      { temperature: 1.2, topP: 0.6, topK: 300 },
    ];
    for (const options of settings) {
      for (let trial = 0; trial < 20; trial++) {
        const spread = trial % 2 === 0 ? 0.05 : 4; // nearly flat rows force the widest search
        const logits = Float32Array.from({ length: 512 }, () => gen.nextNormal() * spread);
        const sampler = new TokenSampler(512);
        const a = createRng(trial);
        const b = createRng(trial);
        for (let draw = 0; draw < 5; draw++) {
          expect(sampler.sample(logits, 0, options, a)).toBe(referenceSample(logits, options, b));
        }
      }
    }
  });

  it('draws the same tokens from the same seed', () => {
    const logits = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i));
    const options = { temperature: 0.9, topP: 0.9, topK: 0 };
    const run = () => {
      const sampler = new TokenSampler(64);
      const rng = createRng(5);
      return Array.from({ length: 50 }, () => sampler.sample(logits, 0, options, rng));
    };
    expect(run()).toEqual(run());
  });

  it('refuses NaN logits and out-of-range options', () => {
    expect(() =>
      new TokenSampler(2).sample(Float32Array.from([0, Number.NaN]), 0, GREEDY, createRng(0)),
    ).toThrow(/NaN/);
    expect(() => checkSamplingOptions({ temperature: -1, topP: 1, topK: 0 })).toThrow(
      /temperature/,
    );
    expect(() => checkSamplingOptions({ temperature: 1, topP: 1.5, topK: 0 })).toThrow(/topP/);
    expect(() => checkSamplingOptions({ temperature: 1, topP: 1, topK: 2.5 })).toThrow(/topK/);
  });

  it('forces a token without drawing, reporting its model probability and the alternatives', () => {
    const logits = logitsOf([0.1, 0.5, 0.05, 0.25, 0.1]);
    const sampler = new TokenSampler(5, 3);
    const rng = countingRng(3);
    expect(sampler.force(logits, 0, 2)).toBe(2);
    expect(rng.calls).toBe(0);
    expect(sampler.probability).toBeCloseTo(0.05, 6);
    expect(sampler.alternatives().map((a) => a.id)).toEqual([1, 3, 0]);
    expect(sampler.alternatives()[0]?.probability).toBeCloseTo(0.5, 6);
    expect(() => sampler.force(logits, 0, 5)).toThrow(/forced token 5/);
  });
});
