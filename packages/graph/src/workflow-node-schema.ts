import { z } from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { zEdgeId, zNodeId } from './ids.ts';

export const zPosition = lazySchema(() => z.object({ x: z.number(), y: z.number() }));
export type Position = z.infer<typeof zPosition>;

/** A parameter value as stored in a document: any JSON value (checked against the node spec). */
export const zParams = lazySchema(() => z.record(z.string(), z.unknown()));
export type Params = z.infer<typeof zParams>;

export const zWorkflowNode = lazySchema(() =>
  z.object({
    id: zNodeId,
    type: z.string().min(1),
    params: zParams.default({}),
    /** Layout only: never changes what a run computes. */
    position: zPosition.optional(),
    /** Display name shown instead of the spec title; layout only. */
    title: z.string().optional(),
  }),
);
export type WorkflowNode = z.infer<typeof zWorkflowNode>;

export const zPortRef = lazySchema(() => z.object({ node: zNodeId, port: z.string().min(1) }));
export type PortRef = z.infer<typeof zPortRef>;

export const zWorkflowEdge = lazySchema(() =>
  z.object({ id: zEdgeId, from: zPortRef, to: zPortRef }),
);
export type WorkflowEdge = z.infer<typeof zWorkflowEdge>;
