// Event builders for the run views' unit tests.
import type { RunEvent } from '@tessera/protocol';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const RUN = 'run-1';

/** An event of `RUN` at time `at`. */
export function ev(at: number, event: Without<RunEvent, 'runId' | 'at'>): RunEvent {
  return { ...event, runId: RUN, at };
}

export function planToken(at: number, index: number, id: number, side = 16): RunEvent {
  return ev(at, {
    type: 'node-partial',
    nodeId: 'plan',
    nodeType: 'ar.plan',
    output: { kind: 'plan-token', index, id, probability: 0.5, width: side, height: side },
  });
}
