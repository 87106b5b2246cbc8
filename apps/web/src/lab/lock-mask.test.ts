import { describe, expect, it } from 'vitest';
import { invertMask, lockTopRows, lockedCount, setLocked } from './lock-mask.ts';

describe('lock mask', () => {
  it('locks and frees cells', () => {
    const mask = setLocked(new Uint8Array(4), [0, 3], true);
    expect([...mask]).toEqual([1, 0, 0, 1]);
    expect(setLocked(mask, [0], true)).toBe(mask);
    expect([...setLocked(mask, [0], false)]).toEqual([0, 0, 0, 1]);
    expect([...invertMask(mask)]).toEqual([0, 1, 1, 0]);
  });

  it('locks the top half of a layout plan', () => {
    const mask = lockTopRows(16, 16, 8);
    expect(lockedCount(mask)).toBe(128);
    expect(mask[127]).toBe(1);
    expect(mask[128]).toBe(0);
  });
});
