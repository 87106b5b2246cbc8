import onnxProto from 'onnx-proto';
import type { onnx as proto } from 'onnx-proto';

const { onnx } = onnxProto;

/** IR 8 with opset 17: what onnx-proto's ONNX 1.10 schema encodes and onnxruntime-node runs. */
export const IR_VERSION = 8;
export const OPSET = 17;

export type AttributeValue = number | string | readonly number[];
export type Dim = number | string;

/**
 * Collects the nodes, initializers and signature of one ONNX graph and encodes it. Encoding
 * depends only on what was added, in the order it was added, so the same conversion always yields
 * the same bytes.
 */
export class OnnxGraphBuilder {
  private readonly nodes: proto.INodeProto[] = [];
  private readonly initializers: proto.ITensorProto[] = [];
  private readonly inputs: proto.IValueInfoProto[] = [];
  private readonly outputs: proto.IValueInfoProto[] = [];
  private readonly names = new Set<string>();

  /** A float32 constant (little-endian raw data). Returns its name. */
  addInitializer(name: string, dims: readonly number[], values: Float32Array): string {
    const count = dims.reduce((a, b) => a * b, 1);
    if (count !== values.length) {
      throw new Error(`initializer "${name}": dims ${dims.join('×')} but ${values.length} values`);
    }
    this.claim(name);
    const raw = new Uint8Array(values.length * 4);
    const view = new DataView(raw.buffer);
    values.forEach((value, i) => view.setFloat32(i * 4, value, true));
    this.initializers.push({
      name,
      dims: [...dims],
      dataType: onnx.TensorProto.DataType.FLOAT,
      rawData: raw,
    });
    return name;
  }

  addNode(
    opType: string,
    inputs: readonly string[],
    output: string,
    attributes: Readonly<Record<string, AttributeValue>> = {},
  ): string {
    this.claim(output);
    this.nodes.push({
      name: output,
      opType,
      input: [...inputs],
      output: [output],
      attribute: Object.entries(attributes).map(([name, value]) => attribute(name, value)),
    });
    return output;
  }

  addInput(name: string, dims: readonly Dim[]): string {
    this.claim(name);
    this.inputs.push(valueInfo(name, dims));
    return name;
  }

  /** Declares `name` (produced by a node) a graph output. */
  addOutput(name: string, dims: readonly Dim[]): void {
    this.outputs.push(valueInfo(name, dims));
  }

  encode(meta: {
    graphName: string;
    producerName: string;
    producerVersion: string;
    docString: string;
    metadata: Readonly<Record<string, string>>;
  }): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: IR_VERSION,
      opsetImport: [{ domain: '', version: OPSET }],
      producerName: meta.producerName,
      producerVersion: meta.producerVersion,
      docString: meta.docString,
      metadataProps: Object.entries(meta.metadata).map(([key, value]) => ({ key, value })),
      graph: {
        name: meta.graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }

  private claim(name: string): void {
    if (this.names.has(name)) throw new Error(`ONNX tensor name "${name}" is used twice`);
    this.names.add(name);
  }
}

function valueInfo(name: string, dims: readonly Dim[]): proto.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: {
          dim: dims.map((dim) => (typeof dim === 'number' ? { dimValue: dim } : { dimParam: dim })),
        },
      },
    },
  };
}

function attribute(name: string, value: AttributeValue): proto.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string') {
    return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`attribute "${name}": only integer scalars`);
    return { name, type: AttributeType.INT, i: value };
  }
  if (!value.every((v) => Number.isInteger(v))) {
    throw new Error(`attribute "${name}": only integer lists`);
  }
  return { name, type: AttributeType.INTS, ints: [...value] };
}
