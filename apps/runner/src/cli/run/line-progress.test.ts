import { createNodeCatalogue } from '@tessera/nodes/specs';
import { describe, expect, it } from 'vitest';
import type { Output } from '../io.ts';
import { lineProgress } from './line-progress.ts';
import { NodeRows } from './node-rows.ts';
import * as events from './test-events.ts';

function capture(): Output & { lines: () => string[] } {
  let text = '';
  return {
    write: (chunk) => void (text += chunk),
    isTTY: false,
    color: false,
    lines: () => text.split('\n').filter(Boolean),
  };
}

describe('line progress', () => {
  it('prints a line per state change and at most ten per node for its steps', () => {
    const out = capture();
    const display = lineProgress(new NodeRows(events.workflow, createNodeCatalogue()), out);
    display.event(events.started());
    display.event(events.cachedPrompt());
    display.event(events.planStarted());
    for (let step = 0; step <= 256; step++) display.event(events.planStep(step));
    display.event(events.planFinished());
    display.event(events.decodeFailed());
    display.event(events.saveSkipped());
    expect(out.lines()).toEqual([
      '[1/4] prompt: Prompt [prompt] cached',
      '[2/4] plan: My planner [ar.plan] started',
      ...[26, 52, 77, 103, 128, 154, 180, 205, 231, 256].map((n) => `[2/4] plan: step ${n}/256`),
      '[2/4] plan: done in 1.2 s',
      '[3/4] decode: failed: out of memory',
      '[4/4] save: skipped (blocked by decode)',
    ]);
  });

  it('prints every step of a short node', () => {
    const out = capture();
    const display = lineProgress(new NodeRows(events.workflow, createNodeCatalogue()), out);
    display.event(events.started());
    for (let step = 1; step <= 3; step++) display.event(events.planStep(step, 3));
    expect(out.lines()).toEqual([
      '[2/4] plan: step 1/3',
      '[2/4] plan: step 2/3',
      '[2/4] plan: step 3/3',
    ]);
  });
});
