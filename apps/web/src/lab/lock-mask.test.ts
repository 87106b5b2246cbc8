import { decodeLockMask, encodeLockMask } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { invertMask, lockParam, lockTopRows, lockedCount, setLocked } from './lock-mask.ts';

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

  it('writes the lock param as plan.resample reads it (hex, a row per ceil(width/4) digits)', () => {
    expect(lockParam(lockTopRows(16, 16, 8), 16)).toBe('ffff'.repeat(8) + '0000'.repeat(8));
    const mask = Uint8Array.from([1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0]);
    expect(lockParam(mask, 6)).toBe(encodeLockMask(mask, 2, 6));
    expect([...decodeLockMask(lockParam(mask, 6), 2, 6)]).toEqual([...mask]);
  });
});
