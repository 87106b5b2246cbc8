import { describe, expect, it } from 'vitest';
import { type TimelineNodeInput, timelineOf } from './run-timeline.ts';

const at = (seconds: number): string =>
  new Date(Date.UTC(2026, 11, 5, 8, 0, seconds)).toISOString();
const node = (
  nodeId: string,
  from: number | null,
  to: number | null,
  more: Partial<TimelineNodeInput> = {},
): TimelineNodeInput => ({
  nodeId,
  nodeType: `type.${nodeId}`,
  status: 'succeeded',
  cached: false,
  runnerName: 'planner-gpu',
  serverId: 'web-a:11',
  startedAt: from === null ? null : at(from),
  finishedAt: to === null ? null : at(to),
  ...more,
});

describe('timelineOf', () => {
  it('places each node on the run’s time axis with its runner and server', () => {
    const timeline = timelineOf(
      [
        node('plan', 0, 2),
        node('decode', 2, 10, { runnerName: 'decoder-gpu', serverId: 'web-b:22' }),
      ],
      new Date(at(30)),
    );
    expect(timeline.spanMs).toBe(10_000);
    expect(timeline.rows.map((r) => [r.nodeId, r.offset, r.width, r.ms, r.place])).toEqual([
      ['plan', 0, 0.2, 2_000, 'planner-gpu · web-a:11'],
      ['decode', 0.2, 0.8, 8_000, 'decoder-gpu · web-b:22'],
    ]);
    expect(timeline.runners).toEqual(['planner-gpu', 'decoder-gpu']);
    expect(timeline.servers).toEqual(['web-a:11', 'web-b:22']);
    expect(timeline.rows.map((r) => r.colour)).toEqual([0, 1]);
  });

  it('draws a running node up to now, a cached one as the cache, a pending one empty', () => {
    const timeline = timelineOf(
      [
        node('prompt', 0, 0, { cached: true, runnerName: null }),
        node('decode', 1, null, { status: 'running' }),
        node('save', null, null, { status: 'pending', runnerName: null, serverId: null }),
      ],
      new Date(at(5)),
    );
    expect(timeline.spanMs).toBe(5_000);
    const [prompt, decode, save] = timeline.rows;
    expect(prompt).toMatchObject({ place: 'cache · web-a:11', colour: -1, width: 0 });
    expect(decode).toMatchObject({ offset: 0.2, width: 0.8, ms: null });
    expect(save).toMatchObject({ place: '—', offset: 0, width: 0 });
  });
});
