import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InferenceSession } from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esrganSlimModelDir } from '../convert/esrgan-slim.ts';
import { tesseraTinyOnnxDir } from '../convert/paths.ts';
import { rgbToPlanes } from '../rgb-planes.ts';
import { runUpscaleModel } from '../run-upscale-model.ts';
import { UPSCALE_FACTORS, type UpscaleFactor, upscaleFileName } from '../upscale-model.ts';
import { buildReferenceFixture } from './make-reference.ts';
import {
  REFERENCE_GENERATOR,
  readReferenceFixture,
  referenceBinPath,
  referenceMetaPath,
} from './reference-fixture.ts';
import { referenceInput } from './reference-input.ts';
import { runTfjsReference } from './tfjs-reference.ts';

/** The converted models must match TF.js to this, on the 0–255 scale. */
const TOLERANCE = 5e-3;

const sessions = new Map<UpscaleFactor, InferenceSession>();

beforeAll(async () => {
  for (const factor of UPSCALE_FACTORS) {
    sessions.set(
      factor,
      await InferenceSession.create(join(tesseraTinyOnnxDir(), upscaleFileName(factor))),
    );
  }
});
afterAll(async () => {
  for (const session of sessions.values()) await session.release();
});

/** The committed ONNX model's output for an HWC float image, as HWC. */
async function onnxHwc(factor: UpscaleFactor, hwc: Float32Array, w: number, h: number) {
  const session = sessions.get(factor);
  if (!session) throw new Error(`no session ×${factor}`);
  const planes = rgbToPlanes(Uint8Array.from(hwc), w, { x: 0, y: 0, width: w, height: h });
  const chw = await runUpscaleModel(session, planes, w, h, factor);
  const plane = w * factor * h * factor;
  return Float32Array.from(
    { length: 3 * plane },
    (_, i) => chw[(i % 3) * plane + Math.floor(i / 3)]!,
  );
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  return a.reduce((max, value, i) => Math.max(max, Math.abs(value - b[i]!)), 0);
}

describe('converted esrgan-slim against TF.js', () => {
  it.each(UPSCALE_FACTORS)('×%i matches the committed TF.js reference', async (factor) => {
    const { meta, input, outputs } = await readReferenceFixture();
    const expected = outputs.get(factor);
    if (!expected) throw new Error(`fixture has no ×${factor}`);
    const actual = await onnxHwc(factor, input, meta.input.width, meta.input.height);
    expect(maxAbsDiff(actual, expected)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(UPSCALE_FACTORS)('×%i matches TF.js run live on an odd-sized picture', async (factor) => {
    const [w, h] = [23, 17];
    const input = referenceInput(w, h, 7);
    const expected = await runTfjsReference(esrganSlimModelDir(factor), input, w, h);
    const actual = await onnxHwc(factor, input, w, h);
    expect(maxAbsDiff(actual, expected)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('the fixture is what its generator script produces', async () => {
    const meta = JSON.parse(await readFile(referenceMetaPath, 'utf8')) as unknown;
    const packageDir = fileURLToPath(new URL('../../../', import.meta.url));
    expect(meta).toMatchObject({ generator: REFERENCE_GENERATOR });
    expect(existsSync(join(packageDir, REFERENCE_GENERATOR))).toBe(true);
    const rebuilt = await buildReferenceFixture();
    expect(rebuilt.meta).toEqual(meta);
    expect(Buffer.from(rebuilt.bin).equals(await readFile(referenceBinPath))).toBe(true);
  });
});
