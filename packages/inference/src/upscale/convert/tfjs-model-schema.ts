import { z } from 'zod';

/**
 * The parts of a TF.js "layers-model" model.json (as written by the TF.js converter from a Keras
 * Functional model) that the converter reads. Layer configs stay `unknown` here: each supported
 * layer type parses its own config (see keras-layers.ts), so an unsupported type is reported by
 * name rather than as a schema error.
 */

/** One inbound tensor of a Keras 2 Functional layer: [layer name, node index, tensor index, kwargs?]. */
const zInboundTensor = z.tuple([z.string(), z.number().int(), z.number().int()], z.unknown());

export const zKerasLayer = z.object({
  class_name: z.string(),
  name: z.string(),
  config: z.record(z.string(), z.unknown()),
  inbound_nodes: z.array(z.array(zInboundTensor)),
});
export type KerasLayer = z.infer<typeof zKerasLayer>;

const zLayerRef = z.tuple([z.string(), z.number().int(), z.number().int()]);

export const zModelTopology = z.object({
  keras_version: z.string().optional(),
  backend: z.string().optional(),
  model_config: z.object({
    class_name: z.enum(['Functional', 'Model']),
    config: z.object({
      name: z.string(),
      layers: z.array(zKerasLayer),
      input_layers: z.array(zLayerRef),
      output_layers: z.array(zLayerRef),
    }),
  }),
});
export type ModelTopology = z.infer<typeof zModelTopology>;

export const zWeightSpec = z.object({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.literal('float32'),
  quantization: z.undefined({ error: 'quantized weights are not supported' }).optional(),
});
export type WeightSpec = z.infer<typeof zWeightSpec>;

export const zWeightGroup = z.object({
  paths: z.array(z.string().min(1)).min(1),
  weights: z.array(zWeightSpec),
});

export const zTfjsLayersModelJson = z.object({
  format: z.literal('layers-model'),
  generatedBy: z.string().optional(),
  convertedBy: z.string().nullable().optional(),
  modelTopology: zModelTopology,
  weightsManifest: z.array(zWeightGroup).min(1),
});
export type TfjsLayersModelJson = z.infer<typeof zTfjsLayersModelJson>;
