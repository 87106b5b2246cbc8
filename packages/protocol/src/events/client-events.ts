// The `/client` namespace: browsers watch runs and runners.
import { z } from 'zod';
import type { Ack } from './ack.ts';
import type { NodeDisplayWire } from './node-display.ts';
import type { PartialWire } from './runner-events.ts';

export const zRunRef = z.object({ runId: z.string().min(1).max(100) });
export type RunRef = z.infer<typeof zRunRef>;

/** A model package a runner holds, as browsers see it (`sha256`: `modelPackageSha256`). */
export interface RunnerModelSummary {
  readonly id: string;
  readonly revision: number;
  readonly sha256: string;
}

/** A runner as browsers see it. */
export interface RunnerSummary {
  readonly name: string;
  readonly nodeTypes: string[];
  readonly providers: string[];
  /** The model packages it holds (absent from hubs that do not report them). */
  readonly models?: RunnerModelSummary[];
  /** The job it is executing, if any. */
  readonly busy?: boolean;
}

/** A stored output of a node. */
export interface ArtifactRef {
  readonly port: string;
  readonly artifactId: string;
  readonly kind: string;
}

interface RunScoped {
  readonly runId: string;
  /** Milliseconds since the epoch on the hub. */
  readonly at: number;
}
interface NodeScoped extends RunScoped {
  readonly nodeId: string;
  readonly nodeType: string;
}

/** Everything a run reports, in order: `run-queued`, `run-started`, node events, one end. */
export type RunEvent =
  | (RunScoped & { readonly type: 'run-queued' })
  | (RunScoped & { readonly type: 'run-started'; readonly order: string[] })
  | (NodeScoped & {
      readonly type: 'node-started';
      readonly runner: string;
      readonly attempt: number;
    })
  | (NodeScoped & { readonly type: 'node-progress'; readonly step: number; readonly total: number })
  | (NodeScoped & { readonly type: 'node-partial'; readonly output: PartialWire })
  | (NodeScoped & {
      readonly type: 'node-finished';
      /** The runner that executed it; '' when `cached`. */
      readonly runner: string;
      /** 0 when `cached`. */
      readonly ms: number;
      /** Stored outputs; a cached node's are those of the run that executed it. */
      readonly artifacts: ArtifactRef[];
      /** True when the outputs came from the hub's cache: nothing was executed. */
      readonly cached: boolean;
      /** What an output node shows (the files `image.save` wrote), cached nodes too. */
      readonly display?: NodeDisplayWire;
    })
  | (NodeScoped & {
      readonly type: 'node-retry';
      readonly reason: string;
      readonly attempt: number;
    })
  | (NodeScoped & { readonly type: 'node-failed'; readonly message: string })
  | (NodeScoped & { readonly type: 'node-skipped'; readonly blockedBy: string })
  | (RunScoped & { readonly type: 'run-finished' })
  | (RunScoped & { readonly type: 'run-failed'; readonly error: string; readonly nodeId?: string })
  | (RunScoped & { readonly type: 'run-cancelled' });

export type RunEventType = RunEvent['type'];

/** Browser → hub. */
export interface ClientToHubEvents {
  'health:subscribe': () => void;
  'run:subscribe': (run: RunRef, ack: (reply: Ack) => void) => void;
  'run:unsubscribe': (run: RunRef) => void;
}

/** Hub → browser. */
export interface HubToClientEvents {
  'runners:changed': (runners: RunnerSummary[]) => void;
  'run:event': (event: RunEvent) => void;
}
