import { describe, expect, it } from 'vitest';
import { shiftedTimesteps } from './flow-schedule.ts';

describe('shiftedTimesteps', () => {
  it('runs from 1 to 0, monotonically', () => {
    const ts = shiftedTimesteps(20, 2);
    expect(ts.length).toBe(21);
    expect(ts[0]).toBe(1);
    expect(ts[20]).toBe(0);
    for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeLessThan(ts[i - 1] ?? 0);
  });

  it('follows t = s·u / (1 + (s − 1)·u): shift 2 at u = 1/2 gives 2/3', () => {
    expect(shiftedTimesteps(2, 2)[1]).toBeCloseTo(2 / 3, 15);
    expect(Array.from(shiftedTimesteps(4, 1))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('spends more of the steps at high noise when shifted', () => {
    const above = (ts: Float64Array) => ts.filter((t) => t > 0.5).length;
    expect(above(shiftedTimesteps(20, 3))).toBeGreaterThan(above(shiftedTimesteps(20, 1)));
  });

  it('refuses bad steps and shifts', () => {
    expect(() => shiftedTimesteps(0, 2)).toThrow(/steps/);
    expect(() => shiftedTimesteps(2.5, 2)).toThrow(/steps/);
    expect(() => shiftedTimesteps(4, 0)).toThrow(/shift/);
  });
});
