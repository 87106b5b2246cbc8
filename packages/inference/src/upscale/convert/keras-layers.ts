import { z } from 'zod';
import type { OnnxGraphBuilder } from './onnx-graph.ts';
import type { Weight } from './read-tfjs-model.ts';
import type { KerasLayer } from './tfjs-model-schema.ts';

/**
 * Keras layer → ONNX nodes, NCHW. The Keras model is channels-last (NHWC); the ONNX graph is
 * channels-first throughout, so conv kernels are transposed once at conversion time
 * ([kh, kw, in, out] → [out, in, kh, kw]) and channel axes are remapped. No Transpose nodes.
 */
export interface LayerContext {
  readonly graph: OnnxGraphBuilder;
  readonly layer: KerasLayer;
  /** ONNX tensor names of the layer's inbound tensors, in order. */
  readonly inputs: readonly string[];
  /** The ONNX tensor name the layer's output must have. */
  readonly output: string;
  /** Takes `<layer>/<name>` from the weights (each weight may be taken once). */
  weight(name: string): Weight;
}

type LayerConverter = (ctx: LayerContext) => void;

/** NHWC axis → NCHW axis. */
const NCHW_AXIS = [0, 2, 3, 1] as const;

const zPair = z.tuple([z.number().int().positive(), z.number().int().positive()]);

const zConv2D = z.object({
  filters: z.number().int().positive(),
  kernel_size: zPair,
  strides: z.tuple([z.literal(1), z.literal(1)], { error: 'only strides [1, 1] are supported' }),
  padding: z.enum(['same', 'valid']),
  data_format: z.literal('channels_last'),
  dilation_rate: zPair,
  groups: z.literal(1).default(1),
  activation: z.string(),
  use_bias: z.boolean(),
});

const zActivation = z.object({ activation: z.string() });
const zConcatenate = z.object({ axis: z.number().int().min(-4).max(3) });
const zUpSampling2D = z.object({
  size: zPair,
  data_format: z.literal('channels_last'),
  interpolation: z.literal('nearest', { error: 'only nearest interpolation is supported' }),
});

const ACTIVATIONS: Readonly<Record<string, string | null>> = {
  linear: null,
  relu: 'Relu',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
};

function parseConfig<T>(schema: z.ZodType<T>, layer: KerasLayer): T {
  const parsed = schema.safeParse(layer.config);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${layer.class_name} layer "${layer.name}": unsupported config: ${issues}`);
  }
  return parsed.data;
}

function activationOp(layer: KerasLayer, activation: string): string | null {
  const op = ACTIVATIONS[activation];
  if (op === undefined) {
    throw new Error(
      `${layer.class_name} layer "${layer.name}": unsupported activation "${activation}" ` +
        `(supported: ${Object.keys(ACTIVATIONS).join(', ')})`,
    );
  }
  return op;
}

function single(ctx: LayerContext): string {
  const [input] = ctx.inputs;
  if (input === undefined || ctx.inputs.length !== 1) {
    throw new Error(`layer "${ctx.layer.name}" expects one input, has ${ctx.inputs.length}`);
  }
  return input;
}

/** [kh, kw, in, out] (Keras) → [out, in, kh, kw] (ONNX). */
export function kernelToOihw(kernel: Weight): { dims: number[]; data: Float32Array } {
  const [kh, kw, cin, cout] = kernel.shape;
  if (kernel.shape.length !== 4 || !kh || !kw || !cin || !cout) {
    throw new Error(`conv kernel must be [kh, kw, in, out], got [${kernel.shape.join(', ')}]`);
  }
  const data = new Float32Array(kernel.data.length);
  for (let y = 0; y < kh; y++) {
    for (let x = 0; x < kw; x++) {
      for (let i = 0; i < cin; i++) {
        for (let o = 0; o < cout; o++) {
          data[((o * cin + i) * kh + y) * kw + x] =
            kernel.data[((y * kw + x) * cin + i) * cout + o]!;
        }
      }
    }
  }
  return { dims: [cout, cin, kh, kw], data };
}

/** TF "same" padding for stride 1: the extra pixel of an even kernel goes at the end. */
function samePads(kernel: number, dilation: number): [number, number] {
  const total = dilation * (kernel - 1);
  const begin = Math.floor(total / 2);
  return [begin, total - begin];
}

const conv2d: LayerConverter = (ctx) => {
  const { layer, graph } = ctx;
  const config = parseConfig(zConv2D, layer);
  const act = activationOp(layer, config.activation);
  const kernel = kernelToOihw(ctx.weight('kernel'));
  if (kernel.dims[0] !== config.filters) {
    throw new Error(
      `Conv2D "${layer.name}": kernel has ${kernel.dims[0]} filters, config says ${config.filters}`,
    );
  }
  const inputs = [
    single(ctx),
    graph.addInitializer(`${layer.name}/kernel`, kernel.dims, kernel.data),
  ];
  if (config.use_bias) {
    const bias = ctx.weight('bias');
    inputs.push(graph.addInitializer(`${layer.name}/bias`, bias.shape, bias.data));
  }
  const [kh, kw] = config.kernel_size;
  const [dh, dw] = config.dilation_rate;
  const [top, bottom] = config.padding === 'same' ? samePads(kh, dh) : [0, 0];
  const [left, right] = config.padding === 'same' ? samePads(kw, dw) : [0, 0];
  const convOut = act === null ? ctx.output : `${layer.name}/conv`;
  graph.addNode('Conv', inputs, convOut, {
    kernel_shape: [kh, kw],
    dilations: [dh, dw],
    strides: [1, 1],
    pads: [top, left, bottom, right],
    group: 1,
  });
  if (act !== null) graph.addNode(act, [convOut], ctx.output);
};

const activation: LayerConverter = (ctx) => {
  const op = activationOp(ctx.layer, parseConfig(zActivation, ctx.layer).activation);
  ctx.graph.addNode(op ?? 'Identity', [single(ctx)], ctx.output);
};

const concatenate: LayerConverter = (ctx) => {
  const { axis } = parseConfig(zConcatenate, ctx.layer);
  ctx.graph.addNode('Concat', ctx.inputs, ctx.output, { axis: NCHW_AXIS[(axis + 4) % 4]! });
};

const add: LayerConverter = (ctx) => {
  const [first, ...rest] = ctx.inputs;
  if (first === undefined || rest.length === 0) {
    throw new Error(`Add layer "${ctx.layer.name}" needs at least two inputs`);
  }
  let sum = first;
  rest.forEach((term, i) => {
    const out = i === rest.length - 1 ? ctx.output : `${ctx.layer.name}/add${i}`;
    sum = ctx.graph.addNode('Add', [sum, term], out);
  });
};

const upSampling2d: LayerConverter = (ctx) => {
  const { size } = parseConfig(zUpSampling2D, ctx.layer);
  const scales = ctx.graph.addInitializer(
    `${ctx.layer.name}/scales`,
    [4],
    new Float32Array([1, 1, size[0], size[1]]),
  );
  // asymmetric + floor with an integer scale repeats each pixel: exactly Keras' nearest.
  ctx.graph.addNode('Resize', [single(ctx), '', scales], ctx.output, {
    mode: 'nearest',
    coordinate_transformation_mode: 'asymmetric',
    nearest_mode: 'floor',
  });
};

const CONVERTERS: Readonly<Record<string, LayerConverter>> = {
  Conv2D: conv2d,
  Activation: activation,
  Concatenate: concatenate,
  Add: add,
  UpSampling2D: upSampling2d,
};

export const SUPPORTED_LAYER_TYPES = ['InputLayer', ...Object.keys(CONVERTERS)].sort();

export function convertLayer(ctx: LayerContext): void {
  const converter = CONVERTERS[ctx.layer.class_name];
  if (!converter) {
    throw new Error(
      `unsupported TF.js layer type "${ctx.layer.class_name}" (layer "${ctx.layer.name}"); ` +
        `the converter handles: ${SUPPORTED_LAYER_TYPES.join(', ')}`,
    );
  }
  converter(ctx);
}

/** The spatial factor of an UpSampling2D layer (1 for every other layer). */
export function upsamplingFactor(layer: KerasLayer): number {
  if (layer.class_name !== 'UpSampling2D') return 1;
  const { size } = parseConfig(zUpSampling2D, layer);
  if (size[0] !== size[1]) throw new Error(`UpSampling2D "${layer.name}": non-square size`);
  return size[0];
}
