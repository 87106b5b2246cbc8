// validate()'s problems as ComfyUI's /prompt errors: a problem of one node becomes an entry of
// `node_errors` under ComfyUI's type name; a problem of the whole document, `invalid_prompt`.
import {
  type Catalogue,
  PROBLEM_CODES,
  type Problem,
  type ProblemCode,
  validate,
} from '@tessera/graph';
import type { JsonDocument } from './api-prompt.ts';
import { isPlainObject } from './api-prompt.ts';
import {
  COMFY_ERROR_TYPES as T,
  type ComfyError,
  type ComfyNodeErrors,
  type PromptRejection,
  comfyError,
} from './comfy-errors.ts';

export type PromptCheck =
  | { readonly ok: true; readonly document: JsonDocument }
  | { readonly ok: false; readonly rejection: PromptRejection };

/** ComfyUI's short message per type (Tessera's sentence goes in `details`). */
const MESSAGES: Record<string, string> = {
  [T.requiredInputMissing]: 'Required input is missing',
  [T.returnTypeMismatch]: 'Return type mismatch between linked nodes',
  [T.smallerThanMin]: 'Value smaller than min',
  [T.biggerThanMax]: 'Value bigger than max',
  [T.notInList]: 'Value not in list',
  [T.invalidInputType]: 'Failed to convert an input value to the type the node takes',
  [T.badLinkedInput]: 'Bad linked input',
};

const NODE_TYPES: Partial<Record<ProblemCode, string>> = {
  [PROBLEM_CODES.REQUIRED_INPUT_MISSING]: T.requiredInputMissing,
  [PROBLEM_CODES.PARAM_MISSING]: T.requiredInputMissing,
  [PROBLEM_CODES.TYPE_MISMATCH]: T.returnTypeMismatch,
  [PROBLEM_CODES.PARAM_NOT_IN_LIST]: T.notInList,
  [PROBLEM_CODES.PARAM_WRONG_TYPE]: T.invalidInputType,
  [PROBLEM_CODES.PARAM_BAD_FORMAT]: T.invalidInputType,
  [PROBLEM_CODES.UNKNOWN_INPUT_PORT]: T.badLinkedInput,
  [PROBLEM_CODES.UNKNOWN_OUTPUT_PORT]: T.badLinkedInput,
  [PROBLEM_CODES.DANGLING_EDGE]: T.badLinkedInput,
  [PROBLEM_CODES.INPUT_CONNECTED_TWICE]: T.badLinkedInput,
};

interface Shape {
  readonly types: Map<string, string>;
  readonly params: Map<string, Record<string, unknown>>;
  readonly edges: { id: string; from: string; to: string; toPort: string }[];
}

function shapeOf(document: unknown): Shape {
  const shape: Shape = { types: new Map(), params: new Map(), edges: [] };
  if (!isPlainObject(document)) return shape;
  for (const node of Array.isArray(document.nodes) ? document.nodes : []) {
    if (!isPlainObject(node) || typeof node.id !== 'string') continue;
    shape.types.set(node.id, typeof node.type === 'string' ? node.type : '');
    shape.params.set(node.id, isPlainObject(node.params) ? node.params : {});
  }
  for (const edge of Array.isArray(document.edges) ? document.edges : []) {
    if (!isPlainObject(edge) || !isPlainObject(edge.from) || !isPlainObject(edge.to)) continue;
    const { from, to } = edge;
    if (typeof from.node === 'string' && typeof to.node === 'string')
      shape.edges.push({
        id: typeof edge.id === 'string' ? edge.id : '',
        from: from.node,
        to: to.node,
        toPort: typeof to.port === 'string' ? to.port : '',
      });
  }
  return shape;
}

/** The param or input a problem is about, as ComfyUI's `extra_info.input_name`. */
function inputName(problem: Problem, shape: Shape): string | undefined {
  const { path } = problem;
  if (path[0] === 'nodes' && path[2] === 'params' && typeof path[3] === 'string') return path[3];
  if (path[0] === 'edges' && typeof path[1] === 'number') return shape.edges[path[1]]?.toPort;
  return /input "([^"]+)"/.exec(problem.message)?.[1];
}

/** The node a problem is about: its own, or the node its edge ends at. */
function nodeOf(problem: Problem, shape: Shape): string | undefined {
  if (problem.nodeId !== undefined) return problem.nodeId;
  if (problem.edgeId !== undefined) return shape.edges.find((e) => e.id === problem.edgeId)?.to;
  return undefined;
}

function rangeType(problem: Problem, shape: Shape, catalogue: Catalogue, node: string): string {
  const name = inputName(problem, shape);
  const spec = catalogue.find(shape.types.get(node) ?? '');
  const param = spec?.params.find((p) => p.name === name);
  const value = name === undefined ? undefined : shape.params.get(node)?.[name];
  const min = param && 'min' in param ? param.min : undefined;
  const below = typeof value === 'number' && min !== undefined && value <= min;
  return below ? T.smallerThanMin : T.biggerThanMax;
}

/** Output nodes downstream of `id` (itself included when it is one). */
function dependentOutputs(id: string, shape: Shape, catalogue: Catalogue): string[] {
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const edge of shape.edges)
      if (edge.from === current && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
  }
  return [...seen].filter((node) => catalogue.find(shape.types.get(node) ?? '')?.output === true);
}

/**
 * Validates a translated prompt (or a Tessera document sent as the prompt) and merges the link
 * errors found while translating. Warnings (unknown params, unknown fields) never refuse it.
 */
export function checkPrompt(
  document: unknown,
  catalogue: Catalogue,
  linkErrors: ComfyNodeErrors = {},
): PromptCheck {
  const result = validate(document, catalogue);
  const shape = shapeOf(result.document ?? document);
  const nodeErrors: ComfyNodeErrors = structuredClone(linkErrors);
  let whole: ComfyError | undefined;
  for (const problem of result.problems) {
    if (problem.severity !== 'error') continue;
    const node = nodeOf(problem, shape);
    let type = NODE_TYPES[problem.code];
    if (problem.code === PROBLEM_CODES.PARAM_OUT_OF_RANGE && node !== undefined)
      type = rangeType(problem, shape, catalogue, node);
    if (problem.code === PROBLEM_CODES.NO_OUTPUT_NODE) {
      whole ??= comfyError(T.noOutputs, 'Prompt has no outputs', problem.message);
      continue;
    }
    if (type === undefined || node === undefined || !shape.types.has(node)) {
      whole ??= comfyError(
        T.invalidPrompt,
        'Cannot execute because the prompt is invalid.',
        problem.message,
        { code: problem.code },
      );
      continue;
    }
    const name = inputName(problem, shape);
    const entry = (nodeErrors[node] ??= {
      errors: [],
      dependent_outputs: [],
      class_type: shape.types.get(node) ?? '',
    });
    entry.errors.push(
      comfyError(type, MESSAGES[type] ?? problem.message, problem.message, {
        ...(name === undefined ? {} : { input_name: name }),
        ...(name !== undefined && shape.params.get(node)?.[name] !== undefined
          ? { received_value: shape.params.get(node)?.[name] }
          : {}),
      }),
    );
  }
  for (const [node, entry] of Object.entries(nodeErrors))
    entry.dependent_outputs.push(...dependentOutputs(node, shape, catalogue));
  if (whole === undefined && Object.keys(nodeErrors).length === 0 && result.ok)
    return { ok: true, document: document as JsonDocument };
  return {
    ok: false,
    rejection: {
      error: whole ?? comfyError(T.outputsFailed, 'Prompt outputs failed validation'),
      node_errors: nodeErrors,
    },
  };
}
