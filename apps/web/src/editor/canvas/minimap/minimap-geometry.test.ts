import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  centeredOn,
  frameFor,
  toFlow,
  toMinimap,
  visibleRect,
  zoomedAboutCenter,
} from './minimap-geometry.ts';

describe('minimap geometry', () => {
  it('finds the flow area the screen shows', () => {
    expect(visibleRect({ x: -100, y: 50, zoom: 2 }, { width: 800, height: 600 })).toEqual({
      x: 50,
      y: -25,
      width: 400,
      height: 300,
    });
  });

  it('bounds rectangles, and has no bounds for none', () => {
    expect(
      boundsOf([
        { x: 0, y: 10, width: 100, height: 20 },
        { x: -50, y: 40, width: 10, height: 10 },
      ]),
    ).toEqual({ x: -50, y: 10, width: 150, height: 40 });
    expect(boundsOf([])).toBeUndefined();
  });

  it('fits the content inside the padding, centred along the shorter side', () => {
    const frame = frameFor(
      { x: 0, y: 0, width: 1000, height: 200 },
      { width: 160, height: 100 },
      10,
    );
    expect(frame.scale).toBeCloseTo(0.14);
    const drawn = toMinimap(frame, { x: 0, y: 0, width: 1000, height: 200 });
    expect(drawn.x).toBeCloseTo(10);
    expect(drawn.x + drawn.width).toBeCloseTo(150);
    expect(drawn.y + drawn.height / 2).toBeCloseTo(50);
  });

  it('maps a minimap pixel back to the flow point drawn there', () => {
    const frame = frameFor(
      { x: -300, y: 120, width: 900, height: 900 },
      { width: 160, height: 100 },
    );
    const point = { x: 250, y: 400 };
    const drawn = toMinimap(frame, { ...point, width: 0, height: 0 });
    const back = toFlow(frame, drawn);
    expect(back.x).toBeCloseTo(point.x);
    expect(back.y).toBeCloseTo(point.y);
  });

  it('centres the screen on a flow point', () => {
    const screen = { width: 1000, height: 600 };
    const viewport = centeredOn({ x: 300, y: 200 }, 0.5, screen);
    const view = visibleRect(viewport, screen);
    expect(view.x + view.width / 2).toBeCloseTo(300);
    expect(view.y + view.height / 2).toBeCloseTo(200);
  });

  it('zooms about the middle of the screen, within the limits', () => {
    const screen = { width: 1000, height: 600 };
    const before = { x: 120, y: -80, zoom: 1 };
    const middle = (v: typeof before) => {
      const r = visibleRect(v, screen);
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    };
    const after = zoomedAboutCenter(before, 2, screen, { min: 0.1, max: 1.5 });
    expect(after.zoom).toBe(1.5);
    expect(middle(after).x).toBeCloseTo(middle(before).x);
    expect(middle(after).y).toBeCloseTo(middle(before).y);
  });
});
