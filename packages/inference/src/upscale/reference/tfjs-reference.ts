import * as tf from '@tensorflow/tfjs';
import { readTfjsLayersModel } from '../convert/read-tfjs-model.ts';

/**
 * Runs a TF.js layers model from a folder on disk with TF.js itself (pure-JS CPU backend), the
 * reference the converted ONNX model is checked against. Input and output are HWC float32.
 */
export async function runTfjsReference(
  modelDir: string,
  input: Float32Array,
  width: number,
  height: number,
): Promise<Float32Array> {
  // PROD only silences TF.js' console advice to install tfjs-node; results are unaffected.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  const model = await tf.loadLayersModel(await fileHandler(modelDir));
  try {
    const output = tf.tidy(() => {
      const x = tf.tensor4d(input, [1, height, width, 3]);
      const y = model.predict(x);
      if (Array.isArray(y)) throw new Error(`${modelDir}: expected one output tensor`);
      return y;
    });
    const data = await output.data<'float32'>();
    output.dispose();
    return Float32Array.from(data);
  } finally {
    model.dispose();
  }
}

/** A TF.js IOHandler over model.json and its shards, read and validated by readTfjsLayersModel. */
async function fileHandler(modelDir: string): Promise<tf.io.IOHandler> {
  const model = await readTfjsLayersModel(modelDir);
  const artifacts: tf.io.ModelArtifacts = {
    format: model.json.format,
    generatedBy: model.json.generatedBy,
    convertedBy: model.json.convertedBy ?? null,
    modelTopology: model.json.modelTopology,
    weightSpecs: [...model.weightSpecs],
    weightData: model.weightData,
  };
  return { load: () => Promise.resolve(artifacts) };
}
