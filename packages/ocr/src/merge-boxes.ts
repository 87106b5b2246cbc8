import type { DetectedBox, OcrBox } from './types.ts';

/**
 * Joins detected word boxes that sit on one text line into one box, so that a line such as
 * a large headline whose words the detector separated is recognised (with its spaces) in one
 * piece. Two boxes join when they overlap vertically by at least half the shorter height,
 * their heights differ by at most `maxHeightRatio`, and the horizontal gap between them is at
 * most `maxGap` times the taller height. Scores are averaged by area. Small fragments lying
 * mostly (80 %) inside a joined box are then dropped.
 */
export function mergeLineBoxes(
  boxes: readonly DetectedBox[],
  maxGap: number,
  maxHeightRatio = 1.5,
): DetectedBox[] {
  if (maxGap <= 0) return [...boxes];
  let groups = boxes.map((b) => ({
    box: b.box,
    weightedScore: b.score * area(b.box),
    area: area(b.box),
  }));
  let changed = true;
  while (changed) {
    changed = false;
    groups.sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y);
    const next: typeof groups = [];
    for (const group of groups) {
      const partner = next.find((other) => joinable(other.box, group.box, maxGap, maxHeightRatio));
      if (partner) {
        partner.box = union(partner.box, group.box);
        partner.weightedScore += group.weightedScore;
        partner.area += group.area;
        changed = true;
      } else {
        next.push({ ...group });
      }
    }
    groups = next;
  }
  const merged = groups.map((g) => ({
    box: g.box,
    score: g.area > 0 ? g.weightedScore / g.area : 0,
  }));
  return merged.filter(
    (inner) =>
      !merged.some(
        (outer) =>
          outer !== inner &&
          area(outer.box) > area(inner.box) &&
          intersection(outer.box, inner.box) >= 0.8 * area(inner.box),
      ),
  );
}

function intersection(a: OcrBox, b: OcrBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function joinable(a: OcrBox, b: OcrBox, maxGap: number, maxHeightRatio: number): boolean {
  const shorter = Math.min(a.height, b.height);
  const taller = Math.max(a.height, b.height);
  if (taller > shorter * maxHeightRatio) return false;
  const verticalOverlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (verticalOverlap < 0.5 * shorter) return false;
  const gap = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
  return gap <= maxGap * taller;
}

function union(a: OcrBox, b: OcrBox): OcrBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function area(box: OcrBox): number {
  return box.width * box.height;
}
