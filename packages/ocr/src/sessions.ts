import { InferenceSession, Tensor } from 'onnxruntime-node';

/** A float32 output tensor: data and dims. */
export interface FloatOutput {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

/** One ONNX model with a single float32 NCHW input and a single float32 output. */
export interface ModelSession {
  run(input: Float32Array, dims: readonly number[]): Promise<FloatOutput>;
  release(): Promise<void>;
}

/**
 * Loads a model on the CPU with a fixed number of threads and sequential execution, so that
 * the same input always gives the same output on one machine.
 */
export async function loadModelSession(path: string, threads: number): Promise<ModelSession> {
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`OCR threads must be a positive integer, got ${threads}`);
  }
  const session = await InferenceSession.create(path, {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
  });
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  if (inputName === undefined || outputName === undefined) {
    await session.release();
    throw new Error(`OCR model ${path} has no input or no output`);
  }
  return {
    async run(input, dims) {
      const feeds = { [inputName]: new Tensor('float32', input, [...dims]) };
      const output = (await session.run(feeds))[outputName];
      if (output?.type !== 'float32' || !(output.data instanceof Float32Array)) {
        throw new Error(`OCR model ${path} did not return a float32 '${outputName}'`);
      }
      return { data: output.data, dims: output.dims };
    },
    release: () => session.release(),
  };
}
