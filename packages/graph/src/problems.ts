import type { EdgeId, NodeId } from './ids.ts';

/** Stable problem codes: clients match on these, so never rename one. */
export const PROBLEM_CODES = {
  NOT_AN_OBJECT: 'not_an_object',
  WRONG_FORMAT: 'wrong_format',
  NEWER_VERSION: 'newer_version',
  INVALID_VERSION: 'invalid_version',
  MIGRATION_FAILED: 'migration_failed',
  MALFORMED_DOCUMENT: 'malformed_document',
  UNKNOWN_FIELD: 'unknown_field',
  DUPLICATE_NODE_ID: 'duplicate_node_id',
  DUPLICATE_EDGE_ID: 'duplicate_edge_id',
  UNKNOWN_NODE_TYPE: 'unknown_node_type',
  UNKNOWN_INPUT_PORT: 'unknown_input_port',
  UNKNOWN_OUTPUT_PORT: 'unknown_output_port',
  DANGLING_EDGE: 'dangling_edge',
  INPUT_CONNECTED_TWICE: 'input_connected_twice',
  TYPE_MISMATCH: 'type_mismatch',
  REQUIRED_INPUT_MISSING: 'required_input_missing',
  PARAM_MISSING: 'param_missing',
  PARAM_WRONG_TYPE: 'param_wrong_type',
  PARAM_OUT_OF_RANGE: 'param_out_of_range',
  PARAM_NOT_IN_LIST: 'param_not_in_list',
  PARAM_BAD_FORMAT: 'param_bad_format',
  UNKNOWN_PARAM: 'unknown_param',
  CYCLE: 'cycle',
  NO_OUTPUT_NODE: 'no_output_node',
  SWEEP_UNKNOWN_NODE: 'sweep_unknown_node',
  SWEEP_UNKNOWN_PARAM: 'sweep_unknown_param',
  UNKNOWN_COMPONENT: 'unknown_component',
  COMPONENT_CYCLE: 'component_cycle',
  COMPONENT_TOO_DEEP: 'component_too_deep',
  BAD_COMPONENT_BOUNDARY: 'bad_component_boundary',
  COMPONENT_ID_CLASH: 'component_id_clash',
} as const;

export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

/** Codes reported as warnings: the document still runs, something is ignored. */
export const WARNING_CODES: ReadonlySet<ProblemCode> = new Set([
  PROBLEM_CODES.UNKNOWN_FIELD,
  PROBLEM_CODES.UNKNOWN_PARAM,
]);

export type Severity = 'error' | 'warning';

/** One thing wrong with a document, in a sentence a user can act on. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** Where in the (migrated) document, e.g. `['nodes', 2, 'params', 'seed']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly nodeId?: NodeId;
  readonly edgeId?: EdgeId;
  /** For a cycle: every node in it. */
  readonly nodeIds?: readonly NodeId[];
  /**
   * For a problem inside a component instance (`nodeId`, at `path` `nodes[i]`): the inner node,
   * nested ids joined by "/" (`inner` or `inner/leaf`).
   */
  readonly inner?: string;
}

export interface ProblemInit {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly nodeId?: NodeId | undefined;
  readonly edgeId?: EdgeId | undefined;
  readonly nodeIds?: readonly NodeId[] | undefined;
  readonly inner?: string | undefined;
}

/** Builds a problem with the severity its code implies; leaves out absent ids. */
export function problem(code: ProblemCode, init: ProblemInit): Problem {
  return {
    code,
    severity: WARNING_CODES.has(code) ? 'warning' : 'error',
    path: init.path,
    message: init.message,
    ...(init.nodeId === undefined ? {} : { nodeId: init.nodeId }),
    ...(init.edgeId === undefined ? {} : { edgeId: init.edgeId }),
    ...(init.nodeIds === undefined ? {} : { nodeIds: init.nodeIds }),
    ...(init.inner === undefined ? {} : { inner: init.inner }),
  };
}
