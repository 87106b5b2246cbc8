import type { InferenceSession } from 'onnxruntime-node';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decoderTextIds } from '../glyphs/glyph-map.ts';
import type { RgbImage } from '@tessera/png';
import { tinyModel, tinySessions } from '../pipeline/tiny-test-model.ts';
import { AbortError } from '../sampling/abort.ts';
import { sampleImage, type DecodeInputs, type EulerOptions } from './euler-sampler.ts';

const { constants, atlas } = tinyModel();
const spec = constants.decoder;
const PROMPT = 'white poster, headline "OPEN" at center';
const TEXT = decoderTextIds(PROMPT, atlas, constants.glyphs);
const SHORT: EulerOptions = { steps: 2, guidance: 1.5, shift: 2, seed: 0 };
let session: InferenceSession;

beforeAll(async () => {
  session = await tinySessions.session('decoder');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A layout plan of one code everywhere. */
const uniform16 = (code: number): DecodeInputs => ({
  plan: { grid: 16, ids: new Uint16Array(256).fill(code) },
  text: TEXT,
});

function meanRgb(image: RgbImage): number[] {
  const sum = [0, 0, 0];
  for (let i = 0; i < image.data.length; i++) sum[i % 3] = (sum[i % 3] ?? 0) + (image.data[i] ?? 0);
  return sum.map((s) => s / (image.width * image.height));
}

describe('sampleImage on the real decoder', { timeout: 60_000 }, () => {
  it('is byte-identical for the same seed, and differs for another', async () => {
    const a = await sampleImage(session, spec, uniform16(12), SHORT);
    const b = await sampleImage(session, spec, uniform16(12), SHORT);
    expect(a).toMatchObject({ width: 256, height: 256, channels: 3 });
    expect(a.data.length).toBe(256 * 256 * 3);
    expect(Buffer.from(a.data)).toEqual(Buffer.from(b.data));
    const c = await sampleImage(session, spec, uniform16(12), { ...SHORT, seed: 1 });
    expect(Buffer.from(c.data)).not.toEqual(Buffer.from(a.data));
  });

  it('runs the plan and the plan-dropped branch as one batch of 2', async () => {
    const times: number[][] = [];
    const through = session.run.bind(session);
    const run = vi.spyOn(session, 'run').mockImplementation((feeds: InferenceSession.FeedsType) => {
      times.push(Array.from(feeds.t?.data as Float32Array)); // t is rewritten in place each step
      return through(feeds);
    });
    await sampleImage(session, spec, uniform16(12), SHORT);
    expect(run).toHaveBeenCalledTimes(2);
    const feeds = run.mock.calls[0]?.[0] ?? {};
    expect(feeds.x?.dims).toEqual([2, 3, 256, 256]);
    const plan16 = feeds.plan16?.data as BigInt64Array;
    expect(plan16.subarray(0, 256).every((id) => id === 12n)).toBe(true);
    expect(plan16.subarray(256).every((id) => id === 512n)).toBe(true);
    expect((feeds.plan64?.data as BigInt64Array).every((id) => id === 1024n)).toBe(true);
    expect(times).toEqual([
      [1, 1],
      [Math.fround(2 / 3), Math.fround(2 / 3)],
    ]);
  });

  it('makes a single pass per step with guidance 1 or without a plan', async () => {
    const run = vi.spyOn(session, 'run');
    await sampleImage(session, spec, uniform16(12), { ...SHORT, steps: 1, guidance: 1 });
    await sampleImage(session, spec, { plan: null, text: TEXT }, { ...SHORT, steps: 1 });
    expect(run.mock.calls.map(([feeds]) => feeds.x?.dims[0])).toEqual([1, 1]);
    const dropped = run.mock.calls[1]?.[0].plan16?.data as BigInt64Array;
    expect(dropped.every((id) => id === 512n)).toBe(true);
  });

  it('paints what the plan says: a teal plan gives a teal image, a white plan a white one', async () => {
    const options = { ...SHORT, steps: 3, guidance: 1 };
    const teal = meanRgb(
      await sampleImage(
        session,
        spec,
        { plan: uniform16(19).plan, text: new BigInt64Array(24) },
        options,
      ),
    );
    const white = meanRgb(
      await sampleImage(
        session,
        spec,
        { plan: uniform16(12).plan, text: new BigInt64Array(24) },
        options,
      ),
    );
    // teal (20, 150, 150): red well below green and blue; white: all channels high.
    expect((teal[1] ?? 0) - (teal[0] ?? 0)).toBeGreaterThan(60);
    expect(Math.min(...white)).toBeGreaterThan(180);
  });

  it('reports every step with a preview of the predicted image; the last one is the result', async () => {
    const steps: [number, number, number | undefined][] = [];
    let last: RgbImage | undefined;
    const image = await sampleImage(
      session,
      spec,
      uniform16(12),
      { ...SHORT, previewEvery: 1 },
      {
        onStep: (step, total, preview) => {
          steps.push([step, total, preview?.width]);
          last = preview;
        },
      },
    );
    expect(steps).toEqual([
      [1, 2, 256],
      [2, 2, 256],
    ]);
    let off = 0;
    image.data.forEach((v, i) => {
      if (Math.abs(v - (last?.data[i] ?? -9)) > 1) off++;
    });
    expect(off).toBe(0);
  });

  it('stops within one step when aborted', async () => {
    const controller = new AbortController();
    const run = vi.spyOn(session, 'run');
    const decoding = sampleImage(
      session,
      spec,
      uniform16(12),
      { ...SHORT, steps: 20 },
      {
        signal: controller.signal,
        onStep: (step) => {
          if (step === 1) controller.abort();
        },
      },
    );
    await expect(decoding).rejects.toBeInstanceOf(AbortError);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('refuses plans the decoder cannot take', async () => {
    const bad = (plan: DecodeInputs['plan']) =>
      sampleImage(session, spec, { plan, text: TEXT }, SHORT);
    await expect(bad({ grid: 48, ids: new Uint16Array(48 * 48) })).rejects.toThrow(/16, 32, 64/);
    await expect(bad({ grid: 16, ids: new Uint16Array(255) })).rejects.toThrow(/256 ids/);
    await expect(bad({ grid: 32, ids: new Uint16Array(1024).fill(1024) })).rejects.toThrow(
      /not below 1024/,
    );
  });
});
