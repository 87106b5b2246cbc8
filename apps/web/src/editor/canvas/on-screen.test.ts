import { describe, expect, it } from 'vitest';
import { isNearScreen } from './on-screen.ts';

const pane = { width: 1000, height: 600 };
const box = (x: number, y: number) => ({ x, y, width: 260, height: 200 });

describe('isNearScreen', () => {
  it('holds for nodes on the pane and within half a pane of it', () => {
    expect(isNearScreen(box(100, 100), [0, 0, 1], pane)).toBe(true);
    expect(isNearScreen(box(1400, 100), [0, 0, 1], pane)).toBe(true);
    expect(isNearScreen(box(-700, -450), [0, 0, 1], pane)).toBe(true);
  });

  it('fails for nodes farther away, through the pan and zoom', () => {
    expect(isNearScreen(box(1600, 100), [0, 0, 1], pane)).toBe(false);
    expect(isNearScreen(box(100, 1000), [0, 0, 1], pane)).toBe(false);
    expect(isNearScreen(box(1600, 100), [-1000, 0, 1], pane)).toBe(true);
    expect(isNearScreen(box(3100, 100), [0, 0, 0.5], pane)).toBe(false);
    expect(isNearScreen(box(2800, 100), [0, 0, 0.5], pane)).toBe(true);
  });

  it('counts an unmeasured node as a usual size, and everything while the pane has none', () => {
    expect(
      isNearScreen({ x: -900, y: 0, width: undefined, height: undefined }, [0, 0, 1], pane),
    ).toBe(false);
    expect(isNearScreen(box(9000, 9000), [0, 0, 1], { width: 0, height: 0 })).toBe(true);
  });
});
