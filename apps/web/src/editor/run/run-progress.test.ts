import { describe, expect, it } from 'vitest';
import { elapsed, formatBytes, formatElapsed } from './run-progress.ts';

describe('elapsed times and sizes', () => {
  it('reads naturally at every scale', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(41 * 1024)).toBe('41 KB');
    expect(formatBytes(3.2 * 1024 * 1024)).toBe('3.2 MB');
  });

  it('ticks from the start until the end, never below zero', () => {
    expect(elapsed(null, null, 10)).toBeNull();
    expect(elapsed(100, null, 350)).toBe(250);
    expect(elapsed(100, 200, 999)).toBe(100);
    expect(elapsed(500, null, 400)).toBe(0);
  });

  it('shows a running time in whole seconds, so it changes once a second', () => {
    expect(formatElapsed(0)).toBe('0 s');
    expect(formatElapsed(999)).toBe('0 s');
    expect(formatElapsed(1_000)).toBe('1 s');
    expect(formatElapsed(59_999)).toBe('59 s');
    expect(formatElapsed(65_400)).toBe('1 min 05 s');
    expect(formatElapsed(-5)).toBe('0 s');
  });
});
