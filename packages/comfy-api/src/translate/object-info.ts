// GET /object_info: each Tessera node spec described the way ComfyUI describes a node class, so
// a client that builds prompts from object_info finds every param and port where it looks.
import type { NodeSpec, ParamSpec } from '@tessera/graph';

/** The options object of one input: ComfyUI's `[TYPE, {default, min, max, step, tooltip}]`. */
type InputOptions = Record<string, unknown>;
/** `["INT", {…}]`, or `[["a", "b"], {…}]` for a choice. */
export type ComfyInputSpec = readonly [string | readonly (string | number)[], InputOptions];

export interface ComfyNodeInfo {
  readonly input: {
    readonly required: Record<string, ComfyInputSpec>;
    readonly optional: Record<string, ComfyInputSpec>;
  };
  readonly input_order: { readonly required: string[]; readonly optional: string[] };
  readonly output: string[];
  readonly output_is_list: boolean[];
  readonly output_name: string[];
  readonly output_tooltips: string[];
  readonly name: string;
  readonly display_name: string;
  readonly description: string;
  readonly python_module: string;
  readonly category: string;
  readonly output_node: boolean;
}

const defined = (entries: Record<string, unknown>): InputOptions =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

/** What object_info says beyond the catalogue: the caller's uploaded images, by name. */
export interface ObjectInfoContext {
  readonly inputImages: readonly string[];
}

/** ComfyUI's type name for a param kind (seeds are INTs with control_after_generate). */
function paramInput(param: ParamSpec, context: ObjectInfoContext): ComfyInputSpec {
  const common = { default: param.default, tooltip: param.description };
  if (param.kind === 'string' && param.widget === 'input-image')
    // As ComfyUI's LoadImage: the uploads to choose from, and a hint to offer an upload button.
    return [[...context.inputImages], defined({ tooltip: param.description, image_upload: true })];
  switch (param.kind) {
    case 'int':
    case 'seed':
      return [
        'INT',
        defined({
          ...common,
          min: param.min ?? (param.kind === 'seed' ? 0 : undefined),
          max: param.max ?? (param.kind === 'seed' ? 2 ** 32 - 1 : undefined),
          step: param.step ?? 1,
          ...(param.kind === 'seed' ? { control_after_generate: true } : {}),
        }),
      ];
    case 'float':
      return ['FLOAT', defined({ ...common, min: param.min, max: param.max, step: param.step })];
    case 'string':
      return ['STRING', defined({ ...common, multiline: param.multiline ?? false })];
    case 'boolean':
      return ['BOOLEAN', defined(common)];
    case 'enum':
      return [[...param.options], defined(common)];
  }
}

/**
 * Ports and params, as ComfyUI lists links and widgets: params are `required` like ComfyUI's
 * widgets (they always have a value; one left out of a prompt takes its default).
 */
export function nodeInfo(
  spec: NodeSpec,
  context: ObjectInfoContext = { inputImages: [] },
): ComfyNodeInfo {
  const required: Record<string, ComfyInputSpec> = {};
  const optional: Record<string, ComfyInputSpec> = {};
  for (const input of spec.inputs) {
    const entry: ComfyInputSpec = [input.type, defined({ tooltip: input.description })];
    (input.optional ? optional : required)[input.name] = entry;
  }
  for (const param of spec.params) {
    // What the server fills in (an upload's sha256) is no widget of the client's.
    if (param.kind === 'string' && param.widget === 'filled-by-server') continue;
    required[param.name] = paramInput(param, context);
  }
  return {
    input: { required, optional },
    input_order: { required: Object.keys(required), optional: Object.keys(optional) },
    output: spec.outputs.map((output) => output.type),
    output_is_list: spec.outputs.map(() => false),
    output_name: spec.outputs.map((output) => output.name),
    output_tooltips: spec.outputs.map((output) => output.description ?? ''),
    name: spec.type,
    display_name: spec.title,
    description: spec.description,
    python_module: 'tessera',
    category: spec.category,
    output_node: spec.output,
  };
}

/** Every node type, by type (`class_type`). */
export function objectInfo(
  specs: readonly NodeSpec[],
  context: ObjectInfoContext = { inputImages: [] },
): Record<string, ComfyNodeInfo> {
  return Object.fromEntries(specs.map((spec) => [spec.type, nodeInfo(spec, context)]));
}
