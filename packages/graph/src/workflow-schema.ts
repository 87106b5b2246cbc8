import { z } from 'zod';
import { zEdgeId, zNodeId } from './ids.ts';

export const WORKFLOW_FORMAT = 'tessera.workflow';
/** The document version this build reads and writes; older ones are migrated on load. */
export const CURRENT_WORKFLOW_VERSION = 1;

export const zPosition = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof zPosition>;

/** A parameter value as stored in a document: any JSON value (checked against the node spec). */
export const zParams = z.record(z.string(), z.unknown());
export type Params = z.infer<typeof zParams>;

export const zWorkflowNode = z.object({
  id: zNodeId,
  type: z.string().min(1),
  params: zParams.default({}),
  /** Layout only: never changes what a run computes. */
  position: zPosition.optional(),
  /** Display name shown instead of the spec title; layout only. */
  title: z.string().optional(),
});
export type WorkflowNode = z.infer<typeof zWorkflowNode>;

export const zPortRef = z.object({ node: zNodeId, port: z.string().min(1) });
export type PortRef = z.infer<typeof zPortRef>;

export const zWorkflowEdge = z.object({ id: zEdgeId, from: zPortRef, to: zPortRef });
export type WorkflowEdge = z.infer<typeof zWorkflowEdge>;

export const zWorkflowDocument = z.object({
  format: z.literal(WORKFLOW_FORMAT),
  version: z.literal(CURRENT_WORKFLOW_VERSION),
  name: z.string(),
  description: z.string().default(''),
  nodes: z.array(zWorkflowNode),
  edges: z.array(zWorkflowEdge),
});
/** A parsed document: defaults applied, ids branded. */
export type WorkflowDocument = z.infer<typeof zWorkflowDocument>;
/** A document as written on disk (params and description may be left out). */
export type WorkflowDocumentInput = z.input<typeof zWorkflowDocument>;
