import { afterEach, describe, expect, it, vi } from 'vitest';
import { perFrame } from './per-frame.ts';

describe('perFrame', () => {
  afterEach(() => vi.useRealTimers());

  it('hands over what came within one frame together, in order, and starts again after', () => {
    const frames: (() => void)[] = [];
    const flushed: number[][] = [];
    const push = perFrame<number>(
      (items) => flushed.push(items),
      (cb) => frames.push(cb),
    );
    push(1);
    push(2);
    push(3);
    expect(frames).toHaveLength(1);
    expect(flushed).toEqual([]);
    frames[0]?.();
    expect(flushed).toEqual([[1, 2, 3]]);
    push(4);
    expect(frames).toHaveLength(2);
    frames[1]?.();
    expect(flushed).toEqual([[1, 2, 3], [4]]);
  });

  it('still delivers where no animation frame comes (no requestAnimationFrame here)', () => {
    vi.useFakeTimers();
    const flushed: string[][] = [];
    const push = perFrame<string>((items) => flushed.push(items));
    push('a');
    push('b');
    vi.advanceTimersByTime(100);
    expect(flushed).toEqual([['a', 'b']]);
  });

  it('waits for a later frame when the last flush is more recent than minGapMs', () => {
    const frames: (() => void)[] = [];
    const flushed: number[][] = [];
    let clock = 0;
    const push = perFrame<number>(
      (items) => flushed.push(items),
      (cb) => frames.push(cb),
      { minGapMs: 33, now: () => clock },
    );
    push(1);
    frames.shift()?.();
    expect(flushed).toEqual([[1]]);
    clock = 16;
    push(2);
    frames.shift()?.(); // a frame 16 ms later: too soon
    push(3);
    expect(flushed).toEqual([[1]]);
    clock = 33;
    frames.shift()?.();
    expect(flushed).toEqual([[1], [2, 3]]);
    expect(frames).toEqual([]);
  });
});
