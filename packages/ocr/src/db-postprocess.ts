import { findComponents } from './components.ts';
import type { Component } from './components.ts';
import { clampBox } from './image.ts';
import type { DetectedBox, OcrBox } from './types.ts';

export interface DbSettings {
  readonly threshold: number;
  readonly boxThreshold: number;
  readonly unclipRatio: number;
  readonly maxCandidates: number;
}

export const DB_DEFAULTS: DbSettings = {
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.5,
  maxCandidates: 1000,
};

/** Regions whose shorter side is below this (in map pixels) are noise, as in DB. */
const MIN_SIDE = 3;

export interface ProbabilityMap {
  readonly data: Float32Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Turns a DB probability map into text boxes in source-image pixels: threshold, 8-connected
 * regions, box score filter, unclip (grow each side by area·ratio/perimeter), scale back.
 * Boxes are axis-aligned: the reader targets horizontal text.
 */
export function boxesFromProbabilityMap(
  map: ProbabilityMap,
  sourceWidth: number,
  sourceHeight: number,
  settings: DbSettings = DB_DEFAULTS,
): DetectedBox[] {
  const { data, width, height } = map;
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = (data[i] ?? 0) > settings.threshold ? 1 : 0;
  const candidates = findComponents(mask, width, height)
    .sort((a, b) => b.pixels - a.pixels)
    .slice(0, settings.maxCandidates);
  const scaleX = sourceWidth / width;
  const scaleY = sourceHeight / height;
  const boxes: DetectedBox[] = [];
  for (const component of candidates) {
    const w = component.maxX - component.minX + 1;
    const h = component.maxY - component.minY + 1;
    if (Math.min(w, h) < MIN_SIDE) continue;
    const score = meanInside(map, component);
    if (score < settings.boxThreshold) continue;
    const grown = unclip({ x: component.minX, y: component.minY, width: w, height: h }, settings);
    if (Math.min(grown.width, grown.height) < MIN_SIDE + 2) continue;
    const x0 = Math.round(grown.x * scaleX);
    const y0 = Math.round(grown.y * scaleY);
    const x1 = Math.round((grown.x + grown.width) * scaleX);
    const y1 = Math.round((grown.y + grown.height) * scaleY);
    const box = clampBox(
      { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
      sourceWidth,
      sourceHeight,
    );
    if (box) boxes.push({ box, score });
  }
  return boxes;
}

/** Grows a rectangle on every side by area·ratio/perimeter (DB's polygon offset for a rectangle). */
export function unclip(box: OcrBox, settings: Pick<DbSettings, 'unclipRatio'>): OcrBox {
  const area = box.width * box.height;
  const perimeter = 2 * (box.width + box.height);
  const distance = perimeter > 0 ? (area * settings.unclipRatio) / perimeter : 0;
  return {
    x: box.x - distance,
    y: box.y - distance,
    width: box.width + 2 * distance,
    height: box.height + 2 * distance,
  };
}

function meanInside(map: ProbabilityMap, c: Component): number {
  let sum = 0;
  for (let y = c.minY; y <= c.maxY; y++) {
    const row = y * map.width;
    for (let x = c.minX; x <= c.maxX; x++) sum += map.data[row + x] ?? 0;
  }
  return sum / ((c.maxX - c.minX + 1) * (c.maxY - c.minY + 1));
}
