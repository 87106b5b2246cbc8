import { z } from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** Branded identifiers: a `NodeId` cannot be passed where an `EdgeId` is expected. */
export const zNodeId = lazySchema(() => z.string().min(1).brand<'NodeId'>());
export const zEdgeId = lazySchema(() => z.string().min(1).brand<'EdgeId'>());
export const zWorkflowId = lazySchema(() => z.string().min(1).brand<'WorkflowId'>());
export const zRunId = lazySchema(() => z.string().min(1).brand<'RunId'>());

export type NodeId = z.infer<typeof zNodeId>;
export type EdgeId = z.infer<typeof zEdgeId>;
export type WorkflowId = z.infer<typeof zWorkflowId>;
export type RunId = z.infer<typeof zRunId>;

/** Brands a string as a `NodeId`; throws on an empty string. */
export function nodeId(value: string): NodeId {
  return zNodeId.parse(value);
}

/** Brands a string as an `EdgeId`; throws on an empty string. */
export function edgeId(value: string): EdgeId {
  return zEdgeId.parse(value);
}

/** Brands a string as a `WorkflowId`; throws on an empty string. */
export function workflowId(value: string): WorkflowId {
  return zWorkflowId.parse(value);
}

/** Brands a string as a `RunId`; throws on an empty string. */
export function runId(value: string): RunId {
  return zRunId.parse(value);
}
