// Regenerates src/upscale/fixtures/esrgan-slim-reference.{json,bin} with TF.js (CPU backend)
// from the original @upscalerjs/esrgan-slim models. Deterministic; takes about 2 s.
//   pnpm --filter @tessera/inference exec tsx src/upscale/reference/make-reference.ts
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { format, resolveConfig } from 'prettier';
import { esrganSlimModelDir } from '../convert/esrgan-slim.ts';
import { esrganSlimPackage } from '../convert/paths.ts';
import { UPSCALE_FACTORS } from '../upscale-model.ts';
import {
  REFERENCE_GENERATOR,
  REFERENCE_HEIGHT,
  REFERENCE_SEED,
  REFERENCE_WIDTH,
  type ReferenceMeta,
  type ReferenceSection,
  referenceBinPath,
  referenceMetaPath,
} from './reference-fixture.ts';
import { referenceInput } from './reference-input.ts';
import { runTfjsReference } from './tfjs-reference.ts';

/** Computes the fixture: the JSON description and the binary it describes. */
export async function buildReferenceFixture(): Promise<{ meta: ReferenceMeta; bin: Uint8Array }> {
  const [w, h] = [REFERENCE_WIDTH, REFERENCE_HEIGHT];
  const pkg = esrganSlimPackage();
  const input = referenceInput(w, h, REFERENCE_SEED);
  const chunks: Uint8Array[] = [Uint8Array.from(input)];
  const sections: ReferenceSection[] = [
    { name: 'input', dtype: 'uint8', shape: [h, w, 3], offset: 0, bytes: input.length },
  ];
  let offset = input.length;
  for (const factor of UPSCALE_FACTORS) {
    const output = await runTfjsReference(esrganSlimModelDir(factor), input, w, h);
    const bytes = new Uint8Array(output.length * 4);
    const view = new DataView(bytes.buffer);
    output.forEach((value, i) => view.setFloat32(i * 4, value, true));
    chunks.push(bytes);
    sections.push({
      name: `x${factor}`,
      dtype: 'float32le',
      shape: [h * factor, w * factor, 3],
      offset,
      bytes: bytes.byteLength,
    });
    offset += bytes.byteLength;
  }
  const bin = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    bin.set(chunk, at);
    at += chunk.byteLength;
  }
  const meta: ReferenceMeta = {
    description:
      'TF.js reference outputs of the original esrgan-slim models, for the converted ONNX upscalers',
    generator: REFERENCE_GENERATOR,
    command: `pnpm --filter @tessera/inference exec tsx ${REFERENCE_GENERATOR}`,
    source: `${pkg.name}@${pkg.version} models/x2, models/x4`,
    tfjs: `@tensorflow/tfjs ${tf.version.tfjs}, cpu backend`,
    input: {
      width: w,
      height: h,
      seed: REFERENCE_SEED,
      function: 'referenceInput (reference-input.ts)',
    },
    layout: 'HWC RGB, 0-255; input uint8, outputs float32 little-endian',
    binary: basename(referenceBinPath),
    sha256: createHash('sha256').update(bin).digest('hex'),
    sections,
  };
  return { meta, bin };
}

async function main(): Promise<void> {
  const { meta, bin } = await buildReferenceFixture();
  await writeFile(referenceBinPath, bin);
  const prettierOptions = await resolveConfig(referenceMetaPath);
  const json = await format(JSON.stringify(meta), { ...prettierOptions, parser: 'json' });
  await writeFile(referenceMetaPath, json);
  console.log(`wrote ${referenceMetaPath} and ${referenceBinPath} (${bin.byteLength} bytes)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
