import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.ts';

describe('formatDuration', () => {
  it('shows milliseconds under a second', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12.4)).toBe('12 ms');
  });

  it('shows tenths of a second under a minute, rounded', () => {
    expect(formatDuration(1000)).toBe('1.0 s');
    expect(formatDuration(1230)).toBe('1.2 s');
    expect(formatDuration(4250)).toBe('4.3 s');
    expect(formatDuration(12_449)).toBe('12.4 s');
  });

  it('shows minutes and two-digit seconds from a minute on, rounded', () => {
    expect(formatDuration(60_000)).toBe('1 min 00 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatDuration(125_600)).toBe('2 min 06 s');
    expect(formatDuration(75 * 60_000)).toBe('75 min 00 s');
  });

  it('carries into the next unit instead of showing 1000 ms or 60.0 s', () => {
    expect(formatDuration(999.6)).toBe('1.0 s');
    expect(formatDuration(59_960)).toBe('1 min 00 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
  });

  it('shows a negative duration (clock skew) as none', () => {
    expect(formatDuration(-5)).toBe('0 ms');
  });
});
