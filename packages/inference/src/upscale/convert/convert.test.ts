import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import {
  UPSCALE_FACTORS,
  UPSCALE_INPUT,
  UPSCALE_OUTPUT,
  upscaleFileName,
} from '../upscale-model.ts';
import { convertTfjsLayersModel } from './convert-model.ts';
import { convertEsrganSlim, esrganSlimModelDir } from './esrgan-slim.ts';
import { tesseraTinyOnnxDir } from './paths.ts';
import { readTfjsLayersModel, type TfjsLayersModel } from './read-tfjs-model.ts';
import type { KerasLayer, TfjsLayersModelJson } from './tfjs-model-schema.ts';

type ModelConfig = TfjsLayersModelJson['modelTopology']['model_config']['config'];

const options = { factor: 2, metadata: {}, producerVersion: 'test' };

/** The x2 model with its topology edited. */
async function editedX2(edit: (config: ModelConfig) => void): Promise<TfjsLayersModel> {
  const model = await readTfjsLayersModel(esrganSlimModelDir(2));
  const json = structuredClone(model.json);
  edit(json.modelTopology.model_config.config);
  return { ...model, json };
}

function layer(layers: KerasLayer[], name: string): KerasLayer {
  const found = layers.find((l) => l.name === name);
  if (!found) throw new Error(`no layer ${name}`);
  return found;
}

describe('esrgan-slim → ONNX', () => {
  it.each(UPSCALE_FACTORS)(
    'regenerates the committed upscale-x%i.onnx byte for byte',
    async (factor) => {
      const committed = await readFile(join(tesseraTinyOnnxDir(), upscaleFileName(factor)));
      const first = await convertEsrganSlim(factor);
      const second = await convertEsrganSlim(factor);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      expect(Buffer.from(first).equals(committed)).toBe(true);
    },
  );

  it.each(UPSCALE_FACTORS)('×%i has dynamic height and width, NCHW in and out', async (factor) => {
    const session = await InferenceSession.create(Buffer.from(await convertEsrganSlim(factor)));
    expect(session.inputNames).toEqual([UPSCALE_INPUT]);
    expect(session.outputNames).toEqual([UPSCALE_OUTPUT]);
    for (const [w, h] of [
      [5, 3],
      [9, 14],
    ] as const) {
      const out = await session.run({
        [UPSCALE_INPUT]: new Tensor('float32', new Float32Array(3 * w * h).fill(128), [1, 3, h, w]),
      });
      expect(out[UPSCALE_OUTPUT]?.dims).toEqual([1, 3, h * factor, w * factor]);
    }
    await session.release();
  });
});

describe('convertTfjsLayersModel fails loudly', () => {
  it('names an unsupported layer type and the layer', async () => {
    const model = await editedX2(({ layers }) => {
      layer(layers, 'UPN1_Relu').class_name = 'Lambda';
    });
    expect(() => convertTfjsLayersModel(model, options)).toThrow(
      /unsupported TF\.js layer type "Lambda" \(layer "UPN1_Relu"\).*Conv2D/,
    );
  });

  it('names an unsupported layer setting', async () => {
    const model = await editedX2(({ layers }) => {
      layer(layers, 'F_0').config['strides'] = [2, 2];
    });
    expect(() => convertTfjsLayersModel(model, options)).toThrow(
      /Conv2D layer "F_0": unsupported config: strides/,
    );
  });

  it('names an unsupported activation', async () => {
    const model = await editedX2(({ layers }) => {
      layer(layers, 'UPN2_Relu').config['activation'] = 'gelu';
    });
    expect(() => convertTfjsLayersModel(model, options)).toThrow(/unsupported activation "gelu"/);
  });

  it('refuses a model whose factor is not the one asked for', async () => {
    const model = await readTfjsLayersModel(esrganSlimModelDir(4));
    expect(() => convertTfjsLayersModel(model, options)).toThrow(/upscales ×4, expected ×2/);
  });

  it('refuses weights no layer uses', async () => {
    const model = await editedX2((config) => {
      config.layers.pop(); // SR, the last conv
      config.output_layers = [['UPsample', 0, 0]];
    });
    expect(() => convertTfjsLayersModel(model, options)).toThrow(
      /weights not used by any layer: SR\//,
    );
  });
});

describe('readTfjsLayersModel', () => {
  it('names the file when model.json is not a TF.js layers model', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tfjs-model-'));
    try {
      await writeFile(join(dir, 'model.json'), JSON.stringify({ format: 'graph-model' }));
      await expect(readTfjsLayersModel(dir)).rejects.toThrow(
        /model\.json is not a TF\.js layers model/,
      );
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('refuses shards that do not match the manifest', async () => {
    const source = esrganSlimModelDir(2);
    const dir = await mkdtemp(join(tmpdir(), 'tfjs-model-'));
    try {
      await writeFile(join(dir, 'model.json'), await readFile(join(source, 'model.json')));
      const shard = await readFile(join(source, 'group1-shard1of1.bin'));
      await writeFile(join(dir, 'group1-shard1of1.bin'), shard.subarray(0, shard.length - 8));
      await expect(readTfjsLayersModel(dir)).rejects.toThrow(/runs past the end of the shards/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
