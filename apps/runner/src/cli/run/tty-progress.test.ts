import { createNodeCatalogue } from '@tessera/nodes/specs';
import { describe, expect, it } from 'vitest';
import { ansi, stripAnsi } from '../ansi.ts';
import type { Output } from '../io.ts';
import { NodeRows } from './node-rows.ts';
import * as events from './test-events.ts';
import { ttyProgress } from './tty-progress.ts';

function terminal(columns: number): Output & { frames: () => string[] } {
  const writes: string[] = [];
  return {
    write: (chunk) => void writes.push(chunk),
    isTTY: true,
    columns,
    color: true,
    frames: () => writes,
  };
}

/** The lines a frame draws, colours removed. */
const linesOf = (frame: string) =>
  stripAnsi(frame.replaceAll(ansi.clearLine, '')).split('\n').filter(Boolean);

describe('progress bars on a terminal', () => {
  it('draws one line per node and redraws the block in place', () => {
    const out = terminal(120);
    const planStarted = events.planStarted();
    const now = planStarted.at + 500;
    const display = ttyProgress(
      new NodeRows(events.workflow, createNodeCatalogue()),
      out,
      () => now,
    );
    display.event(events.started());
    display.event(events.cachedPrompt());
    display.event(planStarted);
    display.event(events.planStep(128));
    display.close();

    const frames = out.frames();
    expect(frames[0]!.startsWith(ansi.up(1))).toBe(false); // nothing to go back over yet
    for (const frame of frames.slice(1)) expect(frame.startsWith(ansi.up(4))).toBe(true);
    expect(linesOf(frames.at(-1)!)).toEqual([
      '✓ prompt  Prompt [prompt]                        cached',
      '▸ plan    My planner [ar.plan]                   ██████████░░░░░░░░░░ 128/256  500 ms',
      '· decode  Decode (diffusion) [diffusion.decode]  waiting',
      '· save    Save image [image.save]                waiting',
    ]);
  });

  it('shows failures and skipped nodes, and never draws a line wider than the terminal', () => {
    const out = terminal(40);
    const display = ttyProgress(new NodeRows(events.workflow, createNodeCatalogue()), out);
    for (const event of [events.started(), events.decodeFailed(), events.saveSkipped()]) {
      display.event(event);
    }
    display.close();
    const lines = linesOf(out.frames().at(-1)!);
    expect(lines.every((line) => [...line].length < 40)).toBe(true);
    expect(lines[2]).toMatch(/^✗ decode/);
    expect(lines[3]).toMatch(/^- save/);
  });
});
