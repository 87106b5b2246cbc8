// What the ComfyUI-compatible API needs from Tessera: the hub's public side (queue, cancel, run
// events, stored runs and outputs) and the web server's accounts. The web server implements it;
// this package never reaches the hub's queue or the database itself.
import type { IncomingHttpHeaders } from 'node:http';
import type { Catalogue } from '@tessera/graph';
import type { RunEvent, RunStatus } from '@tessera/protocol';

/** Who is calling: the API shows a caller only their own runs (everything, with accounts off). */
export interface ComfyCaller {
  /** Stable per account ('local' with accounts off): events and queues are scoped by it. */
  readonly key: string;
}

/** A stored run, as the API shows it. */
export interface ComfyRun {
  readonly id: string;
  readonly status: RunStatus;
  /** The document it was queued with. */
  readonly document: unknown;
  readonly queuedAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly error: string | null;
  readonly errorNodeId: string | null;
}

/** A stored output of a run's node. */
export interface ComfyRunOutput {
  readonly artifactId: string;
  readonly nodeId: string;
  readonly port: string;
  /** 'image' | 'token_plan' | … */
  readonly kind: string;
}

/** A connected runner, shown as a device by /system_stats. */
export interface ComfyDevice {
  readonly name: string;
  /** 'cuda', 'cpu', … (its first execution provider). */
  readonly type: string;
  readonly index: number;
  readonly vramTotal: number;
  readonly vramFree: number;
}

export interface ComfyBackend {
  readonly catalogue: Catalogue;
  /** Tessera's release, reported as the ComfyUI version's neighbour in /system_stats. */
  readonly version: string;
  /** The caller a request comes from, or undefined when it must be refused (401). */
  authenticate(headers: IncomingHttpHeaders): Promise<ComfyCaller | undefined>;
  /** Queues a validated document as an ordinary run of the caller. */
  enqueue(caller: ComfyCaller, document: Record<string, unknown>): Promise<ComfyRun>;
  /** Cancels a queued or running run of the caller; false when there is none. */
  cancel(caller: ComfyCaller, runId: string): Promise<boolean>;
  /** The caller's runs, newest first. */
  listRuns(
    caller: ComfyCaller,
    options: { readonly statuses?: readonly RunStatus[]; readonly limit?: number },
  ): Promise<ComfyRun[]>;
  /** One run of the caller, or undefined (someone else's reads as missing). */
  getRun(caller: ComfyCaller, runId: string): Promise<ComfyRun | undefined>;
  outputs(caller: ComfyCaller, runId: string): Promise<ComfyRunOutput[]>;
  /** A stored image output as PNG bytes, if the caller may see it. */
  readImage(caller: ComfyCaller, artifactId: string): Promise<Uint8Array | undefined>;
  /** Every run's events (the API picks those of its own prompts). */
  subscribe(listener: (event: RunEvent) => void): () => void;
  devices(): ComfyDevice[];
  /** The caller's input folder: uploads go there and their `image.load` nodes read from it. */
  inputDirFor(caller: ComfyCaller): string;
}
