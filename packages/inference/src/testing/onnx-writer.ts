import { createRequire } from 'node:module';
import type * as OnnxProto from 'onnx-proto';

// onnx-proto is CommonJS with no named ESM exports: load it through require.
const { onnx } = createRequire(import.meta.url)('onnx-proto') as typeof OnnxProto;

/** y = x · W + b with x `[batch, inputs]`, W `[inputs, outputs]`, b `[outputs]`, all float32. */
export interface AffineModelSpec {
  readonly inputs: number;
  readonly outputs: number;
  /** Row-major `[inputs, outputs]`. */
  readonly weights: readonly number[];
  readonly bias: readonly number[];
  /** Store W and b in this external-data file (relative to the model) instead of inline. */
  readonly externalDataLocation?: string;
}

export interface WrittenModel {
  readonly model: Uint8Array;
  /** The external-data file's bytes when `externalDataLocation` was given. */
  readonly externalData?: Uint8Array;
}

/** Where b starts in the external file: not right after W, so that offsets are exercised. */
const BIAS_OFFSET_ALIGN = 64;

/** Writes a MatMul + Add ONNX model (IR 8, opset 17) with named input `x` and output `y`. */
export function writeAffineModel(spec: AffineModelSpec): WrittenModel {
  const w = floatBytes(spec.weights);
  const b = floatBytes(spec.bias);
  const biasOffset = Math.ceil(w.length / BIAS_OFFSET_ALIGN) * BIAS_OFFSET_ALIGN;
  const location = spec.externalDataLocation;
  const initializer = location
    ? [
        externalTensor('w', [spec.inputs, spec.outputs], location, 0, w.length),
        externalTensor('b', [spec.outputs], location, biasOffset, b.length),
      ]
    : [
        { name: 'w', dims: [spec.inputs, spec.outputs], dataType: FLOAT, rawData: w },
        { name: 'b', dims: [spec.outputs], dataType: FLOAT, rawData: b },
      ];
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'tessera-fixtures',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'affine',
      node: [
        { name: 'matmul', opType: 'MatMul', input: ['x', 'w'], output: ['xw'] },
        { name: 'add', opType: 'Add', input: ['xw', 'b'], output: ['y'] },
      ],
      initializer,
      input: [floatValue('x', ['batch', spec.inputs])],
      output: [floatValue('y', ['batch', spec.outputs])],
    },
  });
  // protobufjs hands out a Node Buffer: copy into a plain Uint8Array.
  const bytes = new Uint8Array(onnx.ModelProto.encode(model).finish());
  if (!location) return { model: bytes };
  const externalData = new Uint8Array(biasOffset + b.length);
  externalData.set(w, 0);
  externalData.set(b, biasOffset);
  return { model: bytes, externalData };
}

const FLOAT = onnx.TensorProto.DataType.FLOAT;

function floatBytes(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return bytes;
}

function externalTensor(
  name: string,
  dims: number[],
  location: string,
  offset: number,
  length: number,
): OnnxProto.onnx.ITensorProto {
  return {
    name,
    dims,
    dataType: FLOAT,
    dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
    externalData: [
      { key: 'location', value: location },
      { key: 'offset', value: String(offset) },
      { key: 'length', value: String(length) },
    ],
  };
}

function floatValue(name: string, shape: (string | number)[]): OnnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: FLOAT,
        shape: {
          dim: shape.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })),
        },
      },
    },
  };
}
