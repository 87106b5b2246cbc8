import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle.ts';

describe('whenIdle', () => {
  afterEach(() => vi.useRealTimers());

  it('runs the work after the current task, not before, and not once cancelled', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, 1_000);
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledOnce();
    const cancelled = vi.fn();
    whenIdle(cancelled, 1_000)();
    vi.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
