import { Tensor, type InferenceSession } from 'onnxruntime-node';

/** The named float32 output of a run, or a clear error naming what is missing or wrong. */
export function float32Output(
  result: InferenceSession.ReturnType,
  name: string,
): { data: Float32Array; dims: readonly number[]; tensor: Tensor } {
  const tensor = result[name];
  if (tensor === undefined) throw new Error(`model output "${name}" is missing`);
  if (tensor.type !== 'float32' || !(tensor.data instanceof Float32Array)) {
    throw new Error(`model output "${name}" is ${tensor.type}, expected float32`);
  }
  return { data: tensor.data, dims: tensor.dims, tensor };
}

/** An int64 tensor over `data` (no copy). */
export function int64Tensor(data: BigInt64Array, dims: readonly number[]): Tensor {
  return new Tensor('int64', data, dims);
}

/** A float32 tensor over `data` (no copy). */
export function float32Tensor(data: Float32Array, dims: readonly number[]): Tensor {
  return new Tensor('float32', data, dims);
}
