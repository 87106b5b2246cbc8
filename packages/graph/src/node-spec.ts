import { z } from 'zod';
import { zPortType } from './port-types.ts';

export { MAX_SEED } from './seed-range.ts';

const paramBase = {
  /** Key in the node's `params`. */
  name: z.string().min(1),
  /** Widget label; the UI falls back to `name`. */
  title: z.string().optional(),
  /** Tooltip text. */
  description: z.string().optional(),
};

const numericBounds = {
  min: z.number().optional(),
  max: z.number().optional(),
  /** When true the value must be strictly greater than `min`. */
  minExclusive: z.boolean().optional(),
  /** When true the value must be strictly less than `max`. */
  maxExclusive: z.boolean().optional(),
  /** Widget increment; not enforced on values. */
  step: z.number().positive().optional(),
};

export const zIntParamSpec = z.object({
  ...paramBase,
  kind: z.literal('int'),
  default: z.int().optional(),
  ...numericBounds,
});
export const zFloatParamSpec = z.object({
  ...paramBase,
  kind: z.literal('float'),
  default: z.number().optional(),
  ...numericBounds,
});
/** An integer in 0..MAX_SEED (narrowed by `min`/`max` if given); UIs offer a randomise button. */
export const zSeedParamSpec = z.object({
  ...paramBase,
  kind: z.literal('seed'),
  default: z.int().optional(),
  ...numericBounds,
});
export const zStringParamSpec = z.object({
  ...paramBase,
  kind: z.literal('string'),
  default: z.string().optional(),
  /** Render a text area instead of a single-line input. */
  multiline: z.boolean().optional(),
  maxLength: z.int().nonnegative().optional(),
  /**
   * A regular expression (JavaScript, `u` flag) the whole value must match, as in HTML's
   * `<input pattern>`: anchors are implied.
   */
  pattern: z.string().optional(),
  /** What a matching value looks like, finishing the sentence "must be …" in messages. */
  patternHint: z.string().optional(),
  /**
   * How an editor shows it instead of a text box: `input-image` names an uploaded image (a file
   * picker, a drop target, the list of uploads and a thumbnail); `filled-by-server` is not shown,
   * because the server fills it in for each run (what the document holds is replaced).
   */
  widget: z.enum(['input-image', 'filled-by-server']).optional(),
});
export const zBooleanParamSpec = z.object({
  ...paramBase,
  kind: z.literal('boolean'),
  default: z.boolean().optional(),
});
export const zEnumOption = z.union([z.string(), z.number()]);
export const zEnumParamSpec = z.object({
  ...paramBase,
  kind: z.literal('enum'),
  options: z.array(zEnumOption).min(1).readonly(),
  default: zEnumOption.optional(),
});

/** One parameter widget. A param without `default` is required in every document. */
export const zParamSpec = z.discriminatedUnion('kind', [
  zIntParamSpec,
  zFloatParamSpec,
  zSeedParamSpec,
  zStringParamSpec,
  zBooleanParamSpec,
  zEnumParamSpec,
]);
export type ParamSpec = z.infer<typeof zParamSpec>;
export type ParamKind = ParamSpec['kind'];
export type EnumOption = z.infer<typeof zEnumOption>;

export const zInputSpec = z.object({
  name: z.string().min(1),
  type: zPortType,
  /** An optional input may be left unconnected. */
  optional: z.boolean().optional(),
  description: z.string().optional(),
});
export type InputSpec = z.infer<typeof zInputSpec>;

export const zOutputSpec = z.object({
  name: z.string().min(1),
  type: zPortType,
  description: z.string().optional(),
});
export type OutputSpec = z.infer<typeof zOutputSpec>;

/** Metadata of a node type: everything a palette, an inspector and `validate()` need. */
export const zNodeSpec = z.object({
  type: z.string().min(1),
  /** Bump when the node computes something different for the same params: it changes cache keys. */
  version: z.int().positive(),
  title: z.string().min(1),
  category: z.string().min(1),
  description: z.string(),
  params: z.array(zParamSpec).readonly(),
  inputs: z.array(zInputSpec).readonly(),
  outputs: z.array(zOutputSpec).readonly(),
  /** An output node (save, preview) is what a run is for: planning starts from these. */
  output: z.boolean(),
});
export type NodeSpec = z.infer<typeof zNodeSpec>;

type ParamValueOf<P> = P extends { kind: 'enum'; options: readonly (infer O)[] }
  ? O
  : P extends { kind: 'string' }
    ? string
    : P extends { kind: 'boolean' }
      ? boolean
      : number;

/** The params object a node's implementation receives, typed from its spec. */
export type ParamsOf<S extends NodeSpec> = {
  [P in S['params'][number] as P['name']]: ParamValueOf<P>;
};
