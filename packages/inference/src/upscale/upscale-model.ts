/**
 * The contract of the converted upscaler ONNX files (models/tessera-tiny/onnx/upscale-x*.onnx),
 * shared by the converter that writes them and the runner that runs them.
 *
 * - input `image`: float32 [batch, 3, height, width], NCHW RGB, values 0–255 (plain pixel bytes
 *   as floats, no normalisation);
 * - output `upscaled`: float32 [batch, 3, height·f, width·f], NCHW RGB, nominally 0–255 but not
 *   clamped (a few values land slightly outside; the runner clamps and rounds).
 */
export const UPSCALE_INPUT = 'image';
export const UPSCALE_OUTPUT = 'upscaled';

export const UPSCALE_FACTORS = [2, 4] as const;
export type UpscaleFactor = (typeof UPSCALE_FACTORS)[number];

/** The stage of each factor in model.json (`stages`) and for `SessionSource.session()`. */
export function upscaleStage(factor: UpscaleFactor): string {
  return `upscale-x${factor}`;
}

/** The file of each factor inside a model package. */
export function upscaleFileName(factor: UpscaleFactor): string {
  return `upscale-x${factor}.onnx`;
}

export function isUpscaleFactor(value: number): value is UpscaleFactor {
  return (UPSCALE_FACTORS as readonly number[]).includes(value);
}
