// What a run reports to browsers (`run:event` on `/client`): the hub builds these events, the
// browser parses them with `parseRunEvent`.
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';
import { zNodeDisplayWire } from './node-display.ts';
import { zPartialWire } from './partial-wire.ts';

const zText = lazySchema(() => z.string().max(100_000));

/** A stored output of a node. */
export const zArtifactRef = lazySchema(() =>
  z.object({ port: zText, artifactId: zText, kind: zText }),
);
export type ArtifactRef = z.infer<typeof zArtifactRef>;

/** The fields of every event (built with the event schemas, on their first use). */
const runScoped = () => ({
  runId: z.string().min(1).max(100),
  /** Milliseconds since the epoch on the hub. */
  at: z.number(),
});
const nodeScoped = () => ({
  ...runScoped(),
  nodeId: z.string().min(1).max(100),
  nodeType: z.string().max(100),
});

/** Everything a run reports, in order: `run-queued`, `run-started`, node events, one end. */
export const zRunEvent = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ ...runScoped(), type: z.literal('run-queued') }),
    z.object({ ...runScoped(), type: z.literal('run-started'), order: z.array(z.string()) }),
    z.object({
      ...nodeScoped(),
      type: z.literal('node-started'),
      runner: zText,
      attempt: z.number(),
    }),
    z.object({
      ...nodeScoped(),
      type: z.literal('node-progress'),
      step: z.number(),
      total: z.number(),
    }),
    z.object({ ...nodeScoped(), type: z.literal('node-partial'), output: zPartialWire }),
    z.object({
      ...nodeScoped(),
      type: z.literal('node-finished'),
      /** The runner that executed it; '' when `cached`. */
      runner: zText,
      /** 0 when `cached`. */
      ms: z.number(),
      /** Stored outputs; a cached node's are those of the run that executed it. */
      artifacts: z.array(zArtifactRef),
      /** True when the outputs came from the hub's cache: nothing was executed. */
      cached: z.boolean().default(false),
      /** What an output node shows (the files `image.save` wrote), cached nodes too. */
      display: zNodeDisplayWire.optional(),
    }),
    z.object({
      ...nodeScoped(),
      type: z.literal('node-retry'),
      reason: zText,
      attempt: z.number(),
    }),
    z.object({ ...nodeScoped(), type: z.literal('node-failed'), message: zText }),
    z.object({ ...nodeScoped(), type: z.literal('node-skipped'), blockedBy: zText }),
    z.object({ ...runScoped(), type: z.literal('run-finished') }),
    z.object({
      ...runScoped(),
      type: z.literal('run-failed'),
      error: zText,
      nodeId: zText.optional(),
    }),
    z.object({ ...runScoped(), type: z.literal('run-cancelled') }),
  ]),
);

/**
 * A run event as parsed. The hub builds this same shape (every field present, pixels as a
 * `Uint8Array`), which the schema also accepts: what it sends parses to what it built.
 */
export type RunEvent = z.output<typeof zRunEvent>;
export type RunEventType = RunEvent['type'];

/** The event, or undefined for a payload that is not one. */
export function parseRunEvent(payload: unknown): RunEvent | undefined {
  const parsed = zRunEvent.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}
