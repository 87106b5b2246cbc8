import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type TfjsLayersModelJson,
  type WeightSpec,
  zTfjsLayersModelJson,
} from './tfjs-model-schema.ts';

export interface Weight {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** A TF.js layers model read from disk: its parsed model.json and its weights by name. */
export interface TfjsLayersModel {
  readonly json: TfjsLayersModelJson;
  /** Every weight spec, in manifest order (the order of `weightData`). */
  readonly weightSpecs: readonly WeightSpec[];
  /** The binary shards of every group, concatenated in manifest order. */
  readonly weightData: ArrayBuffer;
  readonly weights: ReadonlyMap<string, Weight>;
}

/** Reads `dir/model.json` and its shards; throws naming the file on any mismatch. */
export async function readTfjsLayersModel(dir: string): Promise<TfjsLayersModel> {
  const jsonPath = join(dir, 'model.json');
  const parsed = zTfjsLayersModelJson.safeParse(JSON.parse(await readFile(jsonPath, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${jsonPath} is not a TF.js layers model: ${parsed.error.message}`);
  }
  const json = parsed.data;
  const shards: Uint8Array[] = [];
  for (const group of json.weightsManifest) {
    for (const path of group.paths) shards.push(await readFile(join(dir, path)));
  }
  const total = shards.reduce((sum, shard) => sum + shard.byteLength, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const shard of shards) {
    bytes.set(shard, at);
    at += shard.byteLength;
  }
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  return {
    json,
    weightSpecs,
    weightData: bytes.buffer,
    weights: sliceWeights(jsonPath, weightSpecs, bytes),
  };
}

function sliceWeights(
  jsonPath: string,
  specs: readonly WeightSpec[],
  bytes: Uint8Array,
): Map<string, Weight> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Map<string, Weight>();
  let offset = 0;
  for (const spec of specs) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    if (offset + count * 4 > bytes.byteLength) {
      throw new Error(`${jsonPath}: weight "${spec.name}" runs past the end of the shards`);
    }
    if (weights.has(spec.name)) throw new Error(`${jsonPath}: duplicate weight "${spec.name}"`);
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = view.getFloat32(offset + i * 4, true);
    weights.set(spec.name, { shape: spec.shape, data });
    offset += count * 4;
  }
  if (offset !== bytes.byteLength) {
    throw new Error(
      `${jsonPath}: the manifest describes ${offset} bytes of weights, the shards hold ${bytes.byteLength}`,
    );
  }
  return weights;
}
