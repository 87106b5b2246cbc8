// What the cluster bench knows of each run, from the run events one server hears (its bus hears
// every server's): when it was queued and first started, how often it was started (a run
// continued by another server starts twice) and finished, and how it ended.
import type { RunEvent } from '@tessera/protocol';
import type { EventBus } from '../event-bus.ts';

interface Entry {
  readonly queuedAt: number;
  startedAt: number | undefined;
  starts: number;
  finishes: number;
  end: RunEvent['type'] | undefined;
  /** Why it failed (run-failed's error), if it did. */
  error: string | undefined;
  /** The node it failed at (run-failed's nodeId), if it named one. */
  failedNode: string | undefined;
  /** Runner of each node-started, by node id (the last attempt wins). */
  readonly runners: Map<string, string>;
  readonly ended: Promise<void>;
  settle: () => void;
}

const ENDS = new Set<RunEvent['type']>(['run-finished', 'run-failed', 'run-cancelled']);

export class RunLedger {
  readonly #runs = new Map<string, Entry>();
  readonly stop: () => void;

  constructor(bus: EventBus) {
    this.stop = bus.subscribe((event) => this.#hear(event));
  }

  /** Call right after queuing `runId` (before its first event can arrive). */
  queued(runId: string, queuedAt: number): Promise<void> {
    let settle = (): void => undefined;
    const ended = new Promise<void>((resolve) => (settle = resolve));
    this.#runs.set(runId, {
      queuedAt,
      startedAt: undefined,
      starts: 0,
      finishes: 0,
      end: undefined,
      error: undefined,
      failedNode: undefined,
      runners: new Map(),
      ended,
      settle,
    });
    return ended;
  }

  #hear(event: RunEvent): void {
    const entry = this.#runs.get(event.runId);
    if (!entry) return;
    if (event.type === 'run-started') {
      entry.starts += 1;
      entry.startedAt ??= performance.now();
    }
    if (event.type === 'node-started') entry.runners.set(event.nodeId, event.runner);
    if (event.type === 'run-finished') entry.finishes += 1;
    if (event.type === 'run-failed') {
      entry.error = event.error;
      entry.failedNode = event.nodeId;
    }
    if (ENDS.has(event.type)) {
      entry.end = event.type;
      entry.settle();
    }
  }

  runnerOf(runId: string, nodeId: string): string | undefined {
    return this.#runs.get(runId)?.runners.get(nodeId);
  }

  /** How each run ended, as its events said: its last end, how often it finished, why it failed. */
  outcomes(): {
    runId: string;
    end: RunEvent['type'] | undefined;
    finishes: number;
    error: string | undefined;
    failedNode: string | undefined;
  }[] {
    return [...this.#runs].map(([runId, { end, finishes, error, failedNode }]) => ({
      runId,
      end,
      finishes,
      error,
      failedNode,
    }));
  }

  /** Queue-to-start delays (ms) of `runIds`. */
  queueToStart(runIds: readonly string[]): number[] {
    return runIds.flatMap((id) => {
      const entry = this.#runs.get(id);
      return entry?.startedAt === undefined ? [] : [entry.startedAt - entry.queuedAt];
    });
  }

  summary(): {
    runs: number;
    lost: number;
    duplicated: number;
    resumed: number;
    failed: number;
    failures: Record<string, number>;
  } {
    const entries = [...this.#runs.values()];
    const failures: Record<string, number> = {};
    for (const { error } of entries)
      if (error !== undefined) failures[error] = (failures[error] ?? 0) + 1;
    return {
      failures,
      runs: entries.length,
      lost: entries.filter((e) => e.end === undefined).length,
      duplicated: entries.filter((e) => e.finishes > 1).length,
      resumed: entries.filter((e) => e.starts > 1).length,
      failed: entries.filter((e) => e.end === 'run-failed').length,
    };
  }
}
