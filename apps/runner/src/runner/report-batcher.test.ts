import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobProgress } from '@tessera/protocol';
import { ReportBatcher } from './report-batcher.ts';

const token = (index: number, side = 16): JobProgress => ({
  type: 'partial',
  output: {
    kind: 'plan-token',
    index,
    id: 100 + index,
    probability: 0.5,
    width: side,
    height: side,
  },
});
const progress = (step: number): JobProgress => ({ type: 'progress', step, total: 256 });

describe('ReportBatcher', () => {
  let sent: JobProgress[];
  let batcher: ReportBatcher;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    batcher = new ReportBatcher((event) => sent.push(event), 10);
  });
  afterEach(() => vi.useRealTimers());

  it('sends the tokens of one window as one message, then the last progress step', () => {
    for (let i = 0; i < 5; i++) {
      batcher.report(token(i));
      batcher.report(progress(i + 1));
    }
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(sent).toEqual([
      {
        type: 'partial',
        output: {
          kind: 'plan-tokens',
          index: 0,
          ids: [100, 101, 102, 103, 104],
          probabilities: [0.5, 0.5, 0.5, 0.5, 0.5],
          width: 16,
          height: 16,
        },
      },
      progress(5),
    ]);
    batcher.report(token(5));
    vi.advanceTimersByTime(10);
    expect(sent.slice(2).map((e) => e.type === 'partial' && e.output)).toMatchObject([
      { kind: 'plan-tokens', index: 5, ids: [105] },
    ]);
  });

  it('sends a batch whose window has ended with the next token, when its timer is late', () => {
    let clock = 0;
    const late = new ReportBatcher(
      (event) => sent.push(event),
      10,
      () => clock,
    );
    late.report(token(0));
    clock = 6;
    late.report(token(1));
    expect(sent).toEqual([]);
    clock = 12; // the event loop was busy: the 10 ms timer has not fired yet
    late.report(token(2));
    expect(sent.map((e) => e.type === 'partial' && e.output)).toMatchObject([
      { kind: 'plan-tokens', index: 0, ids: [100, 101, 102] },
    ]);
    late.report(token(3));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(10);
    expect(sent.slice(1).map((e) => e.type === 'partial' && e.output)).toMatchObject([
      { kind: 'plan-tokens', index: 3, ids: [103] },
    ]);
  });

  it('keeps the order: what is waiting goes before a log line or an image preview', () => {
    batcher.report(token(0));
    batcher.report(progress(1));
    const log: JobProgress = { type: 'log', level: 'info', message: 'hello' };
    batcher.report(log);
    expect(sent.map((e) => e.type)).toEqual(['partial', 'progress', 'log']);
    expect(sent[2]).toBe(log);
  });

  it('starts a new batch when a token does not follow the last one', () => {
    batcher.report(token(0));
    batcher.report(token(1));
    batcher.report(token(0, 32));
    batcher.report(token(5, 32));
    batcher.flush();
    const batches = sent.map((e) => (e.type === 'partial' ? e.output : undefined));
    expect(batches).toMatchObject([
      { kind: 'plan-tokens', index: 0, ids: [100, 101], width: 16 },
      { kind: 'plan-tokens', index: 0, ids: [100], width: 32 },
      { kind: 'plan-tokens', index: 5, ids: [105], width: 32 },
    ]);
  });

  it('sends nothing more after a flush with nothing waiting', () => {
    batcher.flush();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([]);
  });
});
