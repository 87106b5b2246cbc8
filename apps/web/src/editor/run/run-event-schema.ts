// RunEvents as the browser receives them over `/client`, parsed at the edge (the protocol
// package types them but has no schema for this direction yet).
import type { RunEvent, RunnerSummary } from '@tessera/protocol';
import { zNodeDisplayWire, zPartialWire } from '@tessera/protocol';
import { z } from 'zod';

const zText = z.string().max(100_000);
const zRun = { runId: z.string().min(1).max(100), at: z.number() };
const zNode = { ...zRun, nodeId: z.string().min(1).max(100), nodeType: z.string().max(100) };
const zArtifactRef = z.object({ port: zText, artifactId: zText, kind: zText });

export const zRunEvent = z.discriminatedUnion('type', [
  z.object({ ...zRun, type: z.literal('run-queued') }),
  z.object({ ...zRun, type: z.literal('run-started'), order: z.array(z.string()) }),
  z.object({ ...zNode, type: z.literal('node-started'), runner: zText, attempt: z.number() }),
  z.object({ ...zNode, type: z.literal('node-progress'), step: z.number(), total: z.number() }),
  z.object({ ...zNode, type: z.literal('node-partial'), output: zPartialWire }),
  z.object({
    ...zNode,
    type: z.literal('node-finished'),
    runner: zText,
    ms: z.number(),
    artifacts: z.array(zArtifactRef),
    cached: z.boolean().default(false),
    display: zNodeDisplayWire.optional(),
  }),
  z.object({ ...zNode, type: z.literal('node-retry'), reason: zText, attempt: z.number() }),
  z.object({ ...zNode, type: z.literal('node-failed'), message: zText }),
  z.object({ ...zNode, type: z.literal('node-skipped'), blockedBy: zText }),
  z.object({ ...zRun, type: z.literal('run-finished') }),
  z.object({ ...zRun, type: z.literal('run-failed'), error: zText, nodeId: zText.optional() }),
  z.object({ ...zRun, type: z.literal('run-cancelled') }),
]);

/** The event, or undefined for a payload that is not one. */
export function parseRunEvent(payload: unknown): RunEvent | undefined {
  const parsed = zRunEvent.safeParse(payload);
  return parsed.success ? (parsed.data satisfies RunEvent) : undefined;
}

const zRunnerSummary = z.object({
  name: zText,
  nodeTypes: z.array(zText),
  providers: z.array(zText),
  busy: z.boolean().optional(),
  models: z.array(z.object({ id: zText, revision: z.number(), sha256: zText })).optional(),
});

/** The runners list, or undefined for a payload that is not one. */
export function parseRunners(payload: unknown): RunnerSummary[] | undefined {
  const parsed = z.array(zRunnerSummary).safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}
