import { describe, expect, it } from 'vitest';
import { boundsOf } from './fit-nodes.ts';

describe('boundsOf', () => {
  it('takes measured sizes, else the guessed ones', () => {
    const bounds = boundsOf([
      { id: 'a', position: { x: 0, y: 0 }, data: {}, measured: { width: 100, height: 50 } },
      { id: 'b', position: { x: 300, y: 200 }, data: {}, initialWidth: 260, initialHeight: 400 },
      { id: 'c', position: { x: -20, y: 10 }, data: {} },
    ]);
    expect(bounds).toEqual({ x: -20, y: 0, width: 580, height: 600 });
    expect(boundsOf([])).toBeUndefined();
  });
});
