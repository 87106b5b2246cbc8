// ComfyUI's API-format prompt → a Tessera workflow document. `class_type` is a Tessera node type;
// an input that names one of its params is that param's value, one that names an input port is a
// link `[node_id, output_index]` to the source node's outputs in its spec's order.
import { type Catalogue, CURRENT_WORKFLOW_VERSION, type NodeSpec } from '@tessera/graph';
import {
  COMFY_ERROR_TYPES,
  type ComfyNodeErrors,
  type PromptRejection,
  comfyError,
  wholePromptRejection,
} from './comfy-errors.ts';

export interface ApiNode {
  readonly class_type?: unknown;
  readonly inputs?: unknown;
  readonly _meta?: unknown;
}

/** A document as JSON: what the hub queues. */
export type JsonDocument = Record<string, unknown>;

/**
 * The document, with the links that could not be translated (they are left out of it) as node
 * errors; or a rejection of the whole prompt (a node without a known class_type).
 */
export type ApiTranslation =
  | { readonly ok: true; readonly document: JsonDocument; readonly nodeErrors: ComfyNodeErrors }
  | { readonly ok: false; readonly rejection: PromptRejection };

const NODE_SPACING = 304;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An API prompt is an object of node objects (`{"3": {"class_type": …, "inputs": …}}`); anything
 * else (a Tessera document, or something malformed) is read as a workflow document.
 */
export function isApiPrompt(prompt: unknown): prompt is Record<string, ApiNode> {
  return (
    isPlainObject(prompt) &&
    Object.keys(prompt).length > 0 &&
    Object.values(prompt).every(
      (node) => isPlainObject(node) && ('class_type' in node || 'inputs' in node),
    )
  );
}

/** `[node_id, output_index]`, as ComfyUI writes links. */
function linkOf(value: unknown): { node: string; index: number } | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [node, index] = value as unknown[];
  if (typeof node !== 'string' && typeof node !== 'number') return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return undefined;
  return { node: String(node), index };
}

function titleOf(meta: unknown): string | undefined {
  return isPlainObject(meta) && typeof meta.title === 'string' ? meta.title : undefined;
}

/** Translates the prompt; unknown input names are ignored, as ComfyUI ignores them. */
export function apiPromptToDocument(
  prompt: Record<string, ApiNode>,
  catalogue: Catalogue,
): ApiTranslation {
  const specs = new Map<string, NodeSpec>();
  for (const [id, node] of Object.entries(prompt)) {
    if (typeof node.class_type !== 'string')
      return rejected(
        'Cannot execute because a node is missing the class_type property.',
        `Node ID '#${id}'`,
      );
    const spec = catalogue.find(node.class_type);
    if (!spec)
      return rejected(
        `Cannot execute because node ${node.class_type} does not exist.`,
        `Node ID '#${id}'`,
      );
    specs.set(id, spec);
  }
  const nodeErrors: ComfyNodeErrors = {};
  const blame = (
    id: string,
    spec: NodeSpec,
    inputName: string,
    message: string,
    details: string,
  ) => {
    const entry = (nodeErrors[id] ??= { errors: [], dependent_outputs: [], class_type: spec.type });
    entry.errors.push(
      comfyError(COMFY_ERROR_TYPES.badLinkedInput, message, details, { input_name: inputName }),
    );
  };
  const nodes: JsonDocument[] = [];
  const edges: JsonDocument[] = [];
  for (const [index, [id, node]] of Object.entries(prompt).entries()) {
    const spec = specs.get(id)!;
    const params: Record<string, unknown> = {};
    const inputs = isPlainObject(node.inputs) ? node.inputs : {};
    for (const [name, value] of Object.entries(inputs)) {
      const link = linkOf(value);
      if (spec.inputs.some((input) => input.name === name)) {
        if (!link) {
          blame(
            id,
            spec,
            name,
            'Bad linked input, must be a length-2 list of [string, int]',
            `${name}: ${JSON.stringify(value)}`,
          );
          continue;
        }
        const source = specs.get(link.node);
        const port = source ? source.outputs[link.index]?.name : `#${link.index}`;
        if (port === undefined) {
          blame(
            id,
            spec,
            name,
            'Bad linked input: no such output',
            `${name}: node ${link.node} (${source?.type}) has no output ${link.index}`,
          );
          continue;
        }
        edges.push({
          id: `${id}.${name}`,
          from: { node: link.node, port },
          to: { node: id, port: name },
        });
      } else if (spec.params.some((param) => param.name === name)) {
        if (link) {
          blame(
            id,
            spec,
            name,
            'Bad linked input: a param takes a value, not a link',
            `${name} is a param of ${spec.type}; set it to a value`,
          );
          continue;
        }
        params[name] = value;
      }
    }
    const title = titleOf(node._meta);
    nodes.push({
      id,
      type: spec.type,
      params,
      position: { x: index * NODE_SPACING, y: 0 },
      ...(title === undefined ? {} : { title }),
    });
  }
  return {
    ok: true,
    document: {
      format: 'tessera.workflow',
      version: CURRENT_WORKFLOW_VERSION,
      name: 'API prompt',
      description: '',
      nodes,
      edges,
    },
    nodeErrors,
  };
}

function rejected(message: string, details: string): ApiTranslation {
  return { ok: false, rejection: wholePromptRejection(message, details) };
}
