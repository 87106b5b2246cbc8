import { z } from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { zComponents } from './component-schema.ts';
import { zNodeId } from './ids.ts';
import { zWorkflowEdge, zWorkflowNode } from './workflow-node-schema.ts';

export {
  type Params,
  type PortRef,
  type Position,
  type WorkflowEdge,
  type WorkflowNode,
  zParams,
  zPortRef,
  zPosition,
  zWorkflowEdge,
  zWorkflowNode,
} from './workflow-node-schema.ts';

export const WORKFLOW_FORMAT = 'tessera.workflow';
/**
 * The document version this build reads and writes; older ones are migrated on load. Version 2
 * may carry `components` (definitions its `component:<id>` nodes instantiate); version 1 could not.
 */
export const CURRENT_WORKFLOW_VERSION = 2;

/** 64 lowercase hex digits. */
const zSha256Hex = lazySchema(() =>
  z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 (64 lowercase hex digits)'),
);

/**
 * Model packages the document was made with, pinned: model id → package sha256 (over the
 * package's file hashes, see `modelPackageSha256` in `@tessera/protocol`). Optional; it never
 * changes what a run computes, but tells a reader which runner can reproduce it.
 */
export const zPinnedModels = lazySchema(() => z.record(z.string().min(1).max(100), zSha256Hex));
export type PinnedModels = z.infer<typeof zPinnedModels>;

/** Most runs one sweep queues. */
export const MAX_SWEEP_VALUES = 16;

/**
 * A sweep: running the document queues one run per value, each with `param` of node `node` set
 * to that value (and no sweep). Checked against the node's spec by `validate()`.
 */
export const zWorkflowSweep = lazySchema(() =>
  z.object({
    node: zNodeId,
    param: z.string().min(1),
    values: z
      .array(z.unknown())
      .min(2, 'a sweep needs at least 2 values')
      .max(MAX_SWEEP_VALUES, `a sweep has at most ${MAX_SWEEP_VALUES} values`),
  }),
);
export type WorkflowSweep = z.infer<typeof zWorkflowSweep>;

export const zWorkflowDocument = lazySchema(() =>
  z.object({
    format: z.literal(WORKFLOW_FORMAT),
    version: z.literal(CURRENT_WORKFLOW_VERSION),
    name: z.string(),
    description: z.string().default(''),
    nodes: z.array(zWorkflowNode),
    edges: z.array(zWorkflowEdge),
    models: zPinnedModels.optional(),
    /** Optional: run the document once per value of one param. */
    sweep: zWorkflowSweep.optional(),
    /** Component definitions its `component:<id>` nodes instantiate, keyed by id. */
    components: zComponents.optional(),
  }),
);
/** A parsed document: defaults applied, ids branded. */
export type WorkflowDocument = z.infer<typeof zWorkflowDocument>;
/** A document as written on disk (params and description may be left out). */
export type WorkflowDocumentInput = z.input<typeof zWorkflowDocument>;
