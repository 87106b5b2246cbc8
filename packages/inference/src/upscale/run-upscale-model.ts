import { type InferenceSession, Tensor } from 'onnxruntime-node';
import { UPSCALE_INPUT, UPSCALE_OUTPUT } from './upscale-model.ts';

/**
 * One run of a converted upscaler on one NCHW float32 picture ([1, 3, height, width], 0–255).
 * Returns the output planes ([1, 3, height·f, width·f]); throws a clear error when the session is
 * not an upscaler of this contract or of this factor.
 */
export async function runUpscaleModel(
  session: InferenceSession,
  planes: Float32Array,
  width: number,
  height: number,
  factor: number,
): Promise<Float32Array> {
  if (
    !session.inputNames.includes(UPSCALE_INPUT) ||
    !session.outputNames.includes(UPSCALE_OUTPUT)
  ) {
    throw new Error(
      `not an upscaler session: expected input "${UPSCALE_INPUT}" and output "${UPSCALE_OUTPUT}", ` +
        `got inputs [${session.inputNames.join(', ')}] and outputs [${session.outputNames.join(', ')}]`,
    );
  }
  const input = new Tensor('float32', planes, [1, 3, height, width]);
  const result = await session.run({ [UPSCALE_INPUT]: input });
  const output = result[UPSCALE_OUTPUT];
  if (output === undefined || output.type !== 'float32' || !(output.data instanceof Float32Array)) {
    throw new Error(`the upscaler returned no float32 "${UPSCALE_OUTPUT}"`);
  }
  const [n, c, outHeight, outWidth] = output.dims;
  if (n !== 1 || c !== 3 || outHeight !== height * factor || outWidth !== width * factor) {
    throw new Error(
      `the upscaler turned ${width}×${height} into [${output.dims.join(', ')}], ` +
        `expected ×${factor}: [1, 3, ${height * factor}, ${width * factor}]`,
    );
  }
  return output.data;
}
