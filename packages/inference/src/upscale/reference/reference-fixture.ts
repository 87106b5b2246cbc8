import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UPSCALE_FACTORS, type UpscaleFactor } from '../upscale-model.ts';

/**
 * The committed TF.js reference for the converted upscalers: one deterministic 16×12 picture
 * (non-square, so a height/width mix-up shows) and what TF.js computes from it with the original
 * esrgan-slim ×2 and ×4 models. Made by make-reference.ts; described by the JSON, data in the
 * binary file: uint8 HWC input, then each output as float32 little-endian HWC.
 */
export const REFERENCE_WIDTH = 16;
export const REFERENCE_HEIGHT = 12;
export const REFERENCE_SEED = 1;
export const REFERENCE_GENERATOR = 'src/upscale/reference/make-reference.ts';

export const referenceMetaPath = fileURLToPath(
  new URL('../fixtures/esrgan-slim-reference.json', import.meta.url),
);
export const referenceBinPath = fileURLToPath(
  new URL('../fixtures/esrgan-slim-reference.bin', import.meta.url),
);

const zSection = z.object({
  name: z.string(),
  dtype: z.enum(['uint8', 'float32le']),
  shape: z.tuple([z.number().int(), z.number().int(), z.literal(3)]),
  offset: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type ReferenceSection = z.infer<typeof zSection>;

export const zReferenceMeta = z.object({
  description: z.string(),
  generator: z.string(),
  command: z.string(),
  source: z.string(),
  tfjs: z.string(),
  input: z.object({
    width: z.number().int(),
    height: z.number().int(),
    seed: z.number().int(),
    function: z.string(),
  }),
  layout: z.string(),
  binary: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sections: z.array(zSection),
});
export type ReferenceMeta = z.infer<typeof zReferenceMeta>;

export interface ReferenceFixture {
  readonly meta: ReferenceMeta;
  /** HWC RGB, integer values 0–255. */
  readonly input: Float32Array;
  /** TF.js output per factor, HWC RGB float32. */
  readonly outputs: ReadonlyMap<UpscaleFactor, Float32Array>;
}

export async function readReferenceFixture(): Promise<ReferenceFixture> {
  const meta = zReferenceMeta.parse(JSON.parse(await readFile(referenceMetaPath, 'utf8')));
  const bin = await readFile(referenceBinPath);
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const read = (name: string): Float32Array => {
    const section = meta.sections.find((s) => s.name === name);
    if (!section) throw new Error(`${referenceMetaPath}: no section "${name}"`);
    const count = section.shape[0] * section.shape[1] * section.shape[2];
    const size = section.dtype === 'uint8' ? 1 : 4;
    if (count * size !== section.bytes || section.offset + section.bytes > bin.byteLength) {
      throw new Error(`${referenceMetaPath}: section "${name}" does not fit the binary`);
    }
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      out[i] =
        section.dtype === 'uint8'
          ? view.getUint8(section.offset + i)
          : view.getFloat32(section.offset + i * 4, true);
    }
    return out;
  };
  const outputs = new Map(UPSCALE_FACTORS.map((factor) => [factor, read(`x${factor}`)] as const));
  return { meta, input: read('input'), outputs };
}
