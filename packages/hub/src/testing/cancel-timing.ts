// How a cancelled run ended, measured from the hub's events: time from the cancel to
// `run-cancelled`, the node's model-step time, and how many steps it reported after the cancel.
import type { RunEvent } from '@tessera/protocol';
import type { Hub } from '../hub.ts';

export interface CancelTiming {
  readonly end: RunEvent;
  /** From `hub.cancel` to `run-cancelled`, in ms. */
  readonly stopMs: number;
  /** The longest gap between two progress events of the node before the cancel, in ms. */
  readonly stepMs: number;
  /** Progress events of the node after the cancel (some may have been on the wire already). */
  readonly stepsAfterCancel: number;
  /** The node's step count, from its progress events. */
  readonly totalSteps: number;
  /** Whether the node reported `node-finished`. */
  readonly nodeFinished: boolean;
}

/**
 * Queues `document`, cancels the run once `nodeId` has reported `afterSteps` progress steps and
 * waits for the run to end.
 */
export async function cancelDuring(
  hub: Hub,
  document: Parameters<Hub['enqueue']>[0]['document'],
  nodeId: string,
  afterSteps: number,
  timeoutMs = 60_000,
): Promise<CancelTiming> {
  const run = await hub.enqueue({ document });
  const progressAt: number[] = [];
  let cancelledAt: number | undefined;
  let endedAt = Number.NaN;
  let totalSteps = 0;
  let nodeFinished = false;
  const end = await new Promise<RunEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`run ${run.id} did not end within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = hub.bus.subscribe((event) => {
      if (event.runId !== run.id) return;
      if (event.type === 'node-progress' && event.nodeId === nodeId) {
        progressAt.push(performance.now());
        totalSteps = event.total;
        if (cancelledAt === undefined && progressAt.length >= afterSteps) {
          cancelledAt = performance.now();
          void hub.cancel(run.id);
        }
      }
      if (event.type === 'node-finished' && event.nodeId === nodeId) nodeFinished = true;
      if (
        event.type === 'run-finished' ||
        event.type === 'run-failed' ||
        event.type === 'run-cancelled'
      ) {
        endedAt = performance.now();
        clearTimeout(timer);
        stop();
        resolve(event);
      }
    });
  });
  const at = cancelledAt ?? Number.NaN;
  const before = progressAt.filter((t) => t <= at);
  const gaps = before.slice(1).map((t, i) => t - (before[i] ?? t));
  return {
    end,
    stopMs: endedAt - at,
    stepMs: Math.max(0, ...gaps),
    stepsAfterCancel: progressAt.filter((t) => t > at).length,
    totalSteps,
    nodeFinished,
  };
}
