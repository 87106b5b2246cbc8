import type { EngineEvent } from '@tessera/engine';
import { formatDuration } from '@tessera/protocol/format';
import type { Output } from '../io.ts';
import type { NodeRow, NodeRows } from './node-rows.ts';
import type { ProgressDisplay } from './progress-display.ts';

/** How many progress lines a node prints at most (one per tenth of its steps). */
const PROGRESS_LINES = 10;

function describe(row: NodeRow, event: EngineEvent): string | undefined {
  switch (event.type) {
    case 'node-started':
      return `${row.label} started`;
    case 'node-progress': {
      const tenth = (step: number) => Math.floor((step * PROGRESS_LINES) / event.total);
      const crossed =
        event.step > 0 && (event.step === event.total || tenth(event.step) > tenth(event.step - 1));
      return crossed ? `step ${event.step}/${event.total}` : undefined;
    }
    case 'node-finished':
      return event.cached ? `${row.label} cached` : `done in ${formatDuration(event.ms)}`;
    case 'node-failed':
      return `failed: ${event.message}`;
    case 'node-skipped':
      return `skipped (blocked by ${event.blockedBy})`;
    case 'node-log':
      return `${event.level}: ${event.message}`;
    case 'run-cancelled':
      return 'cancelled';
    default:
      return undefined;
  }
}

/**
 * Progress as plain lines, for logs and pipes: one when a node starts, finishes, fails or is
 * skipped or cached, and at most ten for its steps — `[2/8] plan: step 26/256`.
 */
export function lineProgress(rows: NodeRows, out: Output): ProgressDisplay {
  return {
    event(event) {
      const row = rows.apply(event);
      const nodeId = 'nodeId' in event ? event.nodeId : undefined;
      const subject = row ?? rows.rows.find((candidate) => candidate.id === nodeId);
      if (subject === undefined) return;
      const text = describe(subject, event);
      if (text !== undefined)
        out.write(`[${subject.position}/${subject.count}] ${subject.id}: ${text}\n`);
    },
    close() {},
  };
}
