import { describe, expect, it } from 'vitest';
import { formatUpdated } from './updated-time.ts';

const now = new Date('2026-03-10T12:00:00Z');
const ago = (seconds: number): Date => new Date(now.getTime() - seconds * 1000);

describe('formatUpdated', () => {
  it('says how long ago, in the largest fitting unit', () => {
    expect(formatUpdated(ago(3), now)).toBe('just now');
    expect(formatUpdated(ago(40), now)).toBe('40 seconds ago');
    expect(formatUpdated(ago(5 * 60), now)).toBe('5 minutes ago');
    expect(formatUpdated(ago(3 * 3600), now)).toBe('3 hours ago');
    expect(formatUpdated(ago(26 * 3600), now)).toBe('yesterday');
  });

  it('shows the date past a week', () => {
    expect(formatUpdated(new Date('2026-01-02T12:00:00Z'), now)).toBe('Jan 2, 2026');
  });
});
