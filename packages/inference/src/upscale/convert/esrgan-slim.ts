import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UpscaleFactor } from '../upscale-model.ts';
import { convertTfjsLayersModel } from './convert-model.ts';
import { esrganSlimPackage } from './paths.ts';
import { readTfjsLayersModel } from './read-tfjs-model.ts';

/** Bump when a change to the converter changes its output bytes. */
export const CONVERTER_VERSION = '1';

export const ESRGAN_SLIM_ORIGIN = {
  licence: 'MIT',
  copyright: 'Copyright (c) 2022 Kevin Scott',
  project: 'UpscalerJS, https://github.com/thekevinscott/upscaler',
  architecture: 'RDN (C1 D2 G4 G0=64 T10), trained on DIV2K, esrgan-slim',
} as const;

/** The folder of the ×factor TF.js model inside the installed @upscalerjs/esrgan-slim. */
export function esrganSlimModelDir(factor: UpscaleFactor): string {
  return join(esrganSlimPackage().dir, 'models', `x${factor}`);
}

/** `@upscalerjs/esrgan-slim@<version> models/x<f>/model.json`. */
export function esrganSlimOrigin(factor: UpscaleFactor): string {
  const pkg = esrganSlimPackage();
  return `${pkg.name}@${pkg.version} models/x${factor}/model.json`;
}

/** Converts the ×factor esrgan-slim model to ONNX bytes (deterministic). */
export async function convertEsrganSlim(factor: UpscaleFactor): Promise<Uint8Array> {
  const model = await readTfjsLayersModel(esrganSlimModelDir(factor));
  return convertTfjsLayersModel(model, {
    factor,
    producerVersion: CONVERTER_VERSION,
    metadata: {
      ...ESRGAN_SLIM_ORIGIN,
      origin: esrganSlimOrigin(factor),
      converter: 'packages/inference/src/upscale/convert (TF.js layers -> ONNX, NCHW)',
      input: 'image: float32 [batch, 3, height, width], RGB 0-255',
      output: `upscaled: float32 [batch, 3, height*${factor}, width*${factor}], RGB ~0-255, unclamped`,
    },
  });
}

/** The licence notice that must travel with the converted weights (MIT). */
export async function esrganSlimLicenceNotice(): Promise<string> {
  const pkg = esrganSlimPackage();
  const licence = await readFile(join(pkg.dir, 'LICENSE'), 'utf8');
  return (
    `upscale-x2.onnx and upscale-x4.onnx are converted from the pretrained models of\n` +
    `${pkg.name}@${pkg.version} (${ESRGAN_SLIM_ORIGIN.project}) by\n` +
    `packages/inference/src/upscale/convert. Their weights are under this licence:\n\n` +
    licence
  );
}
