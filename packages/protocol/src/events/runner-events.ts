// The `/runner` namespace: runners introduce themselves in the handshake, then receive node jobs
// and report on them. Every payload a side receives is parsed with the schema below.
import { z } from 'zod';
import type { Ack } from './ack.ts';
import { zNodeDisplayWire } from './node-display.ts';
import { zPartialWire } from './partial-wire.ts';
import { zWireValues } from './wire-values.ts';

const zName = z.string().min(1).max(100);
const zText = z.string().max(10_000);

/** A model package a runner holds: id, revision and the sha256 of each file, by path. */
export const zRunnerModel = z.object({
  id: zName,
  revision: z.number().int().min(0),
  files: z.record(z.string().max(500), z.string().regex(/^[0-9a-f]{64}$/)),
});

/** Memory in bytes: total and free at the time of the message. */
export const zRunnerMemory = z.object({
  totalBytes: z.number().nonnegative(),
  freeBytes: z.number().nonnegative(),
});

/**
 * The runner's hello, sent as the Socket.IO handshake `auth` (so it is sent again on every
 * reconnection): the hub's token and the advertisement.
 */
export const zRunnerHello = z.object({
  token: z.string().max(1000),
  name: zName,
  nodeTypes: z.array(zName).max(500).default([]),
  providers: z.array(zName).max(20).default(['cpu']),
  models: z.array(zRunnerModel).max(50).default([]),
  memory: zRunnerMemory.optional(),
  version: z.string().max(100).optional(),
});
export type RunnerHello = z.input<typeof zRunnerHello>;
export type RunnerAdvertisement = z.output<typeof zRunnerHello>;

export const zHeartbeat = z.object({
  at: z.number(),
  /** The job executing now, if any. */
  jobId: z.string().max(300).nullable(),
  memory: zRunnerMemory.optional(),
});
export type Heartbeat = z.infer<typeof zHeartbeat>;

/** One node to execute, with everything it needs: no other message is required. */
export const zJobOffer = z.object({
  /** Unique per attempt: a retried node gets a new job id. */
  jobId: z.string().min(1).max(300),
  runId: z.string().min(1).max(100),
  nodeId: z.string().min(1).max(100),
  nodeType: zName,
  attempt: z.number().int().min(1),
  /** Resolved params (defaults applied). */
  params: z.record(z.string(), z.unknown()),
  /**
   * The run's workflow document (validated again by the runner), flattened: component
   * instances replaced by their inner nodes, `nodeId` among them.
   */
  workflow: z.record(z.string(), z.unknown()),
  /**
   * The document as its author wrote it (components kept), which saved files embed; absent
   * (an older hub), they embed `workflow`.
   */
  sourceWorkflow: z.record(z.string(), z.unknown()).optional(),
  /** Input port → value from upstream. */
  inputs: zWireValues,
});
export type JobOffer = z.infer<typeof zJobOffer>;

export const zJobRef = z.object({ jobId: z.string().min(1).max(300) });
export type JobRef = z.infer<typeof zJobRef>;

/** What happens while a job runs. */
export const zJobProgress = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started') }),
  z.object({
    type: z.literal('progress'),
    step: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  z.object({ type: z.literal('partial'), output: zPartialWire }),
  z.object({
    type: z.literal('log'),
    level: z.enum(['debug', 'info', 'warn', 'error']),
    message: zText,
  }),
]);
export type JobProgress = z.infer<typeof zJobProgress>;

export const zJobEvent = zJobRef.extend({ event: zJobProgress });
export type JobEvent = z.infer<typeof zJobEvent>;

export const zJobFinished = zJobRef.extend({
  ms: z.number().nonnegative(),
  outputs: zWireValues,
  /** What an output node shows (the files `image.save` wrote). */
  display: zNodeDisplayWire.optional(),
});
export type JobFinished = z.infer<typeof zJobFinished>;

export const zJobFailed = zJobRef.extend({ message: zText });
export type JobFailed = z.infer<typeof zJobFailed>;

/** A runner gives a job back unfinished (it is shutting down): the hub places it elsewhere. */
export const zJobHandBack = zJobRef.extend({ reason: zText });
export type JobHandBack = z.infer<typeof zJobHandBack>;

/** A runner's answer to an offer. */
export type OfferReply = Ack;

/** Runner → hub. */
export interface RunnerToHubEvents {
  'runner:heartbeat': (beat: Heartbeat) => void;
  'job:event': (event: JobEvent) => void;
  'job:finished': (finished: JobFinished, ack: (reply: Ack) => void) => void;
  'job:failed': (failed: JobFailed, ack: (reply: Ack) => void) => void;
  'job:handback': (handBack: JobHandBack, ack: (reply: Ack) => void) => void;
}

/** Hub → runner. */
export interface HubToRunnerEvents {
  'job:offer': (offer: JobOffer, ack: (reply: OfferReply) => void) => void;
  'job:cancel': (job: JobRef) => void;
}

/** The refusal message a runner sees (as `connect_error`) for a wrong token. */
export const RUNNER_TOKEN_REFUSED = 'Runner token refused';
