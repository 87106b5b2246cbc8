import type { EngineEvent } from '@tessera/engine';
import { formatDuration } from '@tessera/protocol/format';
import { type Colour, ansi, paint } from '../ansi.ts';
import type { Output } from '../io.ts';
import type { NodeRow, NodeRows, RowStatus } from './node-rows.ts';
import type { ProgressDisplay } from './progress-display.ts';

const BAR_WIDTH = 20;
/** Redraws at most this often for progress alone; status changes redraw at once. */
const FRAME_MS = 80;
/** Refreshes the running node's timer this often when it reports no steps. */
const TICK_MS = 250;

const LOOK: Record<RowStatus, { icon: string; colour: Colour | undefined }> = {
  waiting: { icon: '·', colour: 'dim' },
  running: { icon: '▸', colour: 'cyan' },
  done: { icon: '✓', colour: 'green' },
  cached: { icon: '✓', colour: 'dim' },
  failed: { icon: '✗', colour: 'red' },
  skipped: { icon: '-', colour: 'yellow' },
  cancelled: { icon: '✗', colour: 'yellow' },
};

function bar(step: number, total: number): string {
  const filled = total > 0 ? Math.round((BAR_WIDTH * Math.min(step, total)) / total) : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** The text after a row's label: its bar and steps, time, or what became of it. */
function detail(row: NodeRow, now: number): string {
  const steps = row.total > 0 ? `${bar(row.step, row.total)} ${row.step}/${row.total}` : '';
  switch (row.status) {
    case 'waiting':
      return 'waiting';
    case 'cached':
      return 'cached';
    case 'running':
      return [steps, formatDuration(now - (row.startedAt ?? now))].filter(Boolean).join('  ');
    case 'done':
      return [steps, formatDuration(row.ms ?? 0)].filter(Boolean).join('  ');
    case 'failed':
      return `failed: ${row.note ?? ''}`;
    case 'skipped':
      return `skipped (${row.note ?? ''})`;
    case 'cancelled':
      return 'cancelled';
  }
}

/** One line per node, columns aligned, cut to the terminal width so nothing wraps. */
export function renderRows(rows: readonly NodeRow[], now: number, width: number, colour: boolean) {
  const idWidth = Math.max(0, ...rows.map((row) => row.id.length));
  const labelWidth = Math.max(0, ...rows.map((row) => row.label.length));
  return rows.map((row) => {
    const look = LOOK[row.status];
    const line = `${look.icon} ${row.id.padEnd(idWidth)}  ${row.label.padEnd(labelWidth)}  ${detail(row, now)}`;
    const cut = [...line].slice(0, Math.max(1, width - 1)).join('');
    return look.colour === undefined ? cut : paint(look.colour, cut, colour);
  });
}

/**
 * Progress bars redrawn in place on a terminal: one line per node with its state, a bar of its
 * steps, and its time. Logs are printed above the block.
 */
export function ttyProgress(rows: NodeRows, out: Output, now = () => Date.now()): ProgressDisplay {
  let drawn = 0;
  let lastFrame = 0;
  const draw = () => {
    lastFrame = now();
    const lines = renderRows(rows.rows, lastFrame, out.columns ?? 80, out.color);
    out.write(`${ansi.up(drawn)}${lines.map((line) => `${ansi.clearLine}${line}\n`).join('')}`);
    drawn = lines.length;
  };
  const timer = setInterval(() => {
    if (rows.rows.some((row) => row.status === 'running')) draw();
  }, TICK_MS);
  timer.unref();

  return {
    event(event: EngineEvent) {
      const row = rows.apply(event);
      if (event.type === 'node-log') {
        out.write(
          `${ansi.up(drawn)}${ansi.clearBelow}${event.nodeId}: ${event.level}: ${event.message}\n`,
        );
        drawn = 0;
        draw();
      } else if (event.type === 'run-started') {
        draw();
      } else if (row !== undefined) {
        if (event.type !== 'node-progress' || now() - lastFrame >= FRAME_MS) draw();
      }
    },
    close() {
      clearInterval(timer);
      if (drawn > 0) draw();
    },
  };
}
