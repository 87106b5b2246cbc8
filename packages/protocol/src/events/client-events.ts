// The `/client` namespace: browsers watch runs and runners.
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';
import type { Ack } from './ack.ts';
import type { RunEvent } from './run-events.ts';
import type { RunnerSummary } from './runner-summary.ts';

export const zRunRef = lazySchema(() => z.object({ runId: z.string().min(1).max(100) }));
export type RunRef = z.infer<typeof zRunRef>;

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
