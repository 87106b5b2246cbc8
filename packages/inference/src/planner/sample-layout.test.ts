import type { InferenceSession } from 'onnxruntime-node';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyModel, tinySessions } from '../pipeline/tiny-test-model.ts';
import { AbortError } from '../sampling/abort.ts';
import { GREEDY } from '../sampling/sampling-options.ts';
import { sampleLayout, type LayoutSamplingOptions } from './sample-layout.ts';

const spec = tinyModel().constants.planner;
const PROMPT =
  'teal poster, red circle top left, headline "SALE 50" at top center, white footer bar';
const DEFAULTS: LayoutSamplingOptions = { temperature: 0.9, topP: 0.75, topK: 0, seed: 0 };
let session: InferenceSession;

beforeAll(async () => {
  session = await tinySessions.session('planner');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sampleLayout on the real planner', { timeout: 60_000 }, () => {
  it('writes the same greedy prefix with and without the KV cache', async () => {
    const options = { ...GREEDY, seed: 0, tokenCount: 24 };
    const cached = await sampleLayout(session, spec, PROMPT, options);
    const full = await sampleLayout(session, spec, PROMPT, { ...options, kvCache: false });
    expect(Array.from(cached.ids)).toEqual(Array.from(full.ids));
    expect(new Set(cached.ids).size).toBeGreaterThan(1); // not a constant background run
    // The planner's weight matrices are int8 with activations quantized at run time
    // (train/tools/quantize_planner.py): the two paths sum attention in a different float order,
    // and ~1e-6 of that noise now and then crosses an int8 rounding boundary, so the same codes
    // come with probabilities ~1e-3 apart (up to ~1e-2 seen over longer plans; fp32: ~1e-5).
    cached.probabilities.forEach((p, i) =>
      expect(Math.abs(p - (full.probabilities[i] ?? -1))).toBeLessThan(0.02),
    );
  });

  it('makes one session.run per token: the prefix, then one step each', async () => {
    const run = vi.spyOn(session, 'run');
    await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, tokenCount: 10 });
    expect(run).toHaveBeenCalledTimes(10);
  });

  it('is byte-identical for the same seed over a whole 256-token plan', async () => {
    const a = await sampleLayout(session, spec, PROMPT, DEFAULTS);
    const b = await sampleLayout(session, spec, PROMPT, DEFAULTS);
    expect(a.ids.length).toBe(256);
    expect(Buffer.from(a.ids.buffer)).toEqual(Buffer.from(b.ids.buffer));
    expect(Buffer.from(a.probabilities.buffer)).toEqual(Buffer.from(b.probabilities.buffer));
    expect(a.ids.every((id) => id < 512)).toBe(true);
    const other = await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, seed: 1 });
    expect(Array.from(other.ids)).not.toEqual(Array.from(a.ids));
  });

  it('streams every token in order with its probability and the five likeliest codes', async () => {
    const seen: { index: number; id: number; p: number; best: number[] }[] = [];
    const result = await sampleLayout(
      session,
      spec,
      PROMPT,
      { ...DEFAULTS, tokenCount: 12 },
      {
        onToken: (index, id, p, alternatives) =>
          seen.push({ index, id, p, best: alternatives.map((a) => a.id) }),
      },
    );
    expect(seen.map((s) => s.index)).toEqual([...Array(12).keys()]);
    expect(seen.map((s) => s.id)).toEqual(Array.from(result.ids));
    for (const [i, s] of seen.entries()) {
      expect(s.p).toBeCloseTo(result.probabilities[i] ?? -1, 6);
      expect(s.best).toHaveLength(5);
      expect(Array.from(result.alternativeIds.subarray(i * 5, i * 5 + 5))).toEqual(s.best);
      const probs = result.alternativeProbabilities.subarray(i * 5, i * 5 + 5);
      for (let k = 1; k < 5; k++) expect(probs[k]).toBeLessThanOrEqual(probs[k - 1] ?? 0);
      if (s.best.includes(s.id)) expect(probs[s.best.indexOf(s.id)]).toBeCloseTo(s.p, 6);
    }
  });

  it('guides with the prompt dropped: CFG 0 is exactly the empty prompt', async () => {
    const options = { ...GREEDY, seed: 0, tokenCount: 16 };
    const empty = await sampleLayout(session, spec, '', options);
    const uncond = await sampleLayout(session, spec, PROMPT, { ...options, cfgScale: 0 });
    expect(Array.from(uncond.ids)).toEqual(Array.from(empty.ids));
    uncond.probabilities.forEach((p, i) => expect(p).toBeCloseTo(empty.probabilities[i] ?? -1, 4));
    const noCache = await sampleLayout(session, spec, PROMPT, {
      ...options,
      cfgScale: 0,
      kvCache: false,
    });
    expect(Array.from(noCache.ids)).toEqual(Array.from(empty.ids));
  });

  it('runs CFG as one batch of two rows per step', async () => {
    const run = vi.spyOn(session, 'run');
    await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, cfgScale: 2, tokenCount: 3 });
    expect(run).toHaveBeenCalledTimes(3);
    for (const [feeds] of run.mock.calls) expect(feeds.input_ids?.dims[0]).toBe(2);
  });

  it('stops within one step when aborted, with no further session.run', async () => {
    const controller = new AbortController();
    const run = vi.spyOn(session, 'run');
    const plan = sampleLayout(session, spec, PROMPT, DEFAULTS, {
      signal: controller.signal,
      onToken: (index) => {
        if (index === 4) controller.abort(new Error('user cancelled'));
      },
    });
    await expect(plan).rejects.toBeInstanceOf(AbortError);
    expect(run).toHaveBeenCalledTimes(5);
    await expect(plan).rejects.toMatchObject({ cause: new Error('user cancelled') });
  });

  it('makes no call at all with a signal that has already fired', async () => {
    const run = vi.spyOn(session, 'run');
    const signal = AbortSignal.abort();
    await expect(sampleLayout(session, spec, PROMPT, DEFAULTS, { signal })).rejects.toThrow(
      AbortError,
    );
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses bad options before running', async () => {
    await expect(
      sampleLayout(session, spec, PROMPT, { ...DEFAULTS, tokenCount: 0 }),
    ).rejects.toThrow(/tokenCount/);
    await expect(sampleLayout(session, spec, PROMPT, { ...DEFAULTS, topP: 2 })).rejects.toThrow(
      /topP/,
    );
  });
});
