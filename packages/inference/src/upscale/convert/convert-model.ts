import { UPSCALE_INPUT, UPSCALE_OUTPUT } from '../upscale-model.ts';
import { convertLayer, upsamplingFactor } from './keras-layers.ts';
import { OnnxGraphBuilder } from './onnx-graph.ts';
import type { TfjsLayersModel, Weight } from './read-tfjs-model.ts';
import type { KerasLayer } from './tfjs-model-schema.ts';

export interface ConvertOptions {
  /** The spatial factor the model must have (checked against its UpSampling2D layers). */
  readonly factor: number;
  /** Written into the ONNX model's metadata_props (licence, origin, …). */
  readonly metadata: Readonly<Record<string, string>>;
  readonly producerVersion: string;
}

/**
 * Converts a single-input, single-output Keras Functional image model (TF.js layers format) to
 * an NCHW ONNX model: input `image` [batch, 3, height, width] → output `upscaled`
 * [batch, 3, height·f, width·f], with dynamic batch, height and width.
 */
export function convertTfjsLayersModel(
  model: TfjsLayersModel,
  options: ConvertOptions,
): Uint8Array {
  const config = model.json.modelTopology.model_config.config;
  const inputLayer = onlyRef(config.input_layers, 'input');
  const outputLayer = onlyRef(config.output_layers, 'output');
  const graph = new OnnxGraphBuilder();
  const tensors = new Map<string, string>();
  const used = new Set<string>();
  let factor = 1;

  for (const layer of config.layers) {
    if (layer.class_name === 'InputLayer') {
      if (layer.name !== inputLayer)
        throw new Error(`unexpected second input layer "${layer.name}"`);
      checkRgbInput(layer);
      tensors.set(layer.name, graph.addInput(UPSCALE_INPUT, ['batch', 3, 'height', 'width']));
      continue;
    }
    const output = layer.name === outputLayer ? UPSCALE_OUTPUT : layer.name;
    convertLayer({
      graph,
      layer,
      inputs: inboundTensors(layer, tensors),
      output,
      weight: (name) => takeWeight(model.weights, used, `${layer.name}/${name}`),
    });
    tensors.set(layer.name, output);
    factor *= upsamplingFactor(layer);
  }

  if (!tensors.has(outputLayer)) throw new Error(`output layer "${outputLayer}" was never built`);
  const unused = [...model.weights.keys()].filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`weights not used by any layer: ${unused.join(', ')}`);
  if (factor !== options.factor) {
    throw new Error(`the model upscales ×${factor}, expected ×${options.factor}`);
  }
  graph.addOutput(UPSCALE_OUTPUT, ['batch', 3, `height_x${factor}`, `width_x${factor}`]);
  return graph.encode({
    graphName: config.name,
    producerName: 'tessera upscale converter',
    producerVersion: options.producerVersion,
    docString:
      `x${factor} super-resolution, converted from a TF.js layers model. ` +
      `${UPSCALE_INPUT}: float32 NCHW RGB 0-255; ${UPSCALE_OUTPUT}: float32 NCHW RGB ~0-255, unclamped.`,
    metadata: options.metadata,
  });
}

function onlyRef(refs: readonly (readonly [string, number, number])[], what: string): string {
  const [first] = refs;
  if (first === undefined || refs.length !== 1) {
    throw new Error(`the model must have exactly one ${what} layer, has ${refs.length}`);
  }
  return first[0];
}

function checkRgbInput(layer: KerasLayer): void {
  const shape = layer.config['batch_input_shape'];
  if (!Array.isArray(shape) || shape.length !== 4 || shape[3] !== 3) {
    throw new Error(`input layer "${layer.name}" must be [batch, height, width, 3] (NHWC RGB)`);
  }
}

function inboundTensors(layer: KerasLayer, tensors: ReadonlyMap<string, string>): string[] {
  const [node, ...more] = layer.inbound_nodes;
  if (node === undefined || more.length > 0) {
    throw new Error(
      `layer "${layer.name}" is called ${layer.inbound_nodes.length} times; shared layers are not supported`,
    );
  }
  return node.map(([source, , tensorIndex]) => {
    const tensor = tensors.get(source);
    if (tensor === undefined || tensorIndex !== 0) {
      throw new Error(`layer "${layer.name}" reads "${source}" before it is defined`);
    }
    return tensor;
  });
}

function takeWeight(weights: ReadonlyMap<string, Weight>, used: Set<string>, name: string): Weight {
  const weight = weights.get(name);
  if (weight === undefined) throw new Error(`missing weight "${name}"`);
  if (used.has(name)) throw new Error(`weight "${name}" is used twice`);
  used.add(name);
  return weight;
}
