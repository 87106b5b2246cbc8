import type { InferenceSession } from 'onnxruntime-node';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyModel, tinySessions } from '../pipeline/tiny-test-model.ts';
import { TokenSampler } from '../sampling/token-sampler.ts';
import { sampleLayout, type LayoutSample, type LayoutSamplingOptions } from './sample-layout.ts';

const spec = tinyModel().constants.planner;
const PROMPT = 'teal poster, red circle top left, headline "SALE 50" at top center';
const DEFAULTS: LayoutSamplingOptions = { temperature: 0.9, topP: 0.75, topK: 0, seed: 0 };
const CELLS = spec.grid * spec.grid;
let session: InferenceSession;
let original: LayoutSample;

/** Columns 0..7 of a 16×16 plan locked. (With rows 0..7 locked, this small planner writes
 * nearly the same lower half whatever the seed: the layout above decides it.) */
const leftHalf = Uint8Array.from({ length: CELLS }, (_, i) => (i % spec.grid < 8 ? 1 : 0));
const locked = (i: number): boolean => leftHalf[i] === 1;
const pick = (ids: Uint16Array, keep: boolean): number[] =>
  Array.from(ids).filter((_, i) => locked(i) === keep);

beforeAll(async () => {
  session = await tinySessions.session('planner');
  original = await sampleLayout(session, spec, PROMPT, DEFAULTS);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sampleLayout with forced tokens (plan-level inpainting)', { timeout: 60_000 }, () => {
  it('keeps every locked code exactly; the rest varies with the seed; the same seed repeats', async () => {
    const forced = { mask: leftHalf, ids: original.ids };
    const [a, b, again] = [
      await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, seed: 1, forced }),
      await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, seed: 4, forced }),
      await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, seed: 1, forced }),
    ];
    for (const plan of [a, b]) expect(pick(plan.ids, true)).toEqual(pick(original.ids, true));
    expect(pick(a.ids, false)).not.toEqual(pick(b.ids, false));
    expect(Buffer.from(again.ids.buffer)).toEqual(Buffer.from(a.ids.buffer));
    expect(Buffer.from(again.probabilities.buffer)).toEqual(Buffer.from(a.probabilities.buffer));
  });

  it('records the model probability and alternatives of a forced code, as if it had been drawn', async () => {
    const everything = new Uint8Array(CELLS).fill(1);
    const forced = { mask: everything, ids: original.ids };
    const replay = await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, seed: 99, forced });
    expect(Array.from(replay.ids)).toEqual(Array.from(original.ids));
    replay.probabilities.forEach((p, i) =>
      expect(p).toBeCloseTo(original.probabilities[i] ?? -1, 5),
    );
    expect(Array.from(replay.alternativeIds)).toEqual(Array.from(original.alternativeIds));
  });

  it('draws only at unlocked positions, and an empty mask changes nothing', async () => {
    const sample = vi.spyOn(TokenSampler.prototype, 'sample');
    const mask = Uint8Array.from({ length: CELLS }, (_, i) => (i % 3 === 0 ? 1 : 0));
    await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, forced: { mask, ids: original.ids } });
    expect(sample).toHaveBeenCalledTimes(CELLS - Math.ceil(CELLS / 3));
    sample.mockRestore();
    const none = { mask: new Uint8Array(CELLS), ids: new Uint16Array(CELLS) };
    const unforced = await sampleLayout(session, spec, PROMPT, { ...DEFAULTS, forced: none });
    expect(Array.from(unforced.ids)).toEqual(Array.from(original.ids));
  });

  it('refuses a mask of the wrong size or a code past the codebook before running', async () => {
    const run = vi.spyOn(session, 'run');
    const short = { mask: new Uint8Array(10), ids: new Uint16Array(10) };
    await expect(
      sampleLayout(session, spec, PROMPT, { ...DEFAULTS, forced: short }),
    ).rejects.toThrow(/256 entries, got 10 and 10/);
    const ids = new Uint16Array(CELLS).fill(spec.codes);
    await expect(
      sampleLayout(session, spec, PROMPT, { ...DEFAULTS, forced: { mask: leftHalf, ids } }),
    ).rejects.toThrow(/forced code 512 at 0/);
    expect(run).not.toHaveBeenCalled();
  });
});
