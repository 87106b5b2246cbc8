'use client';
// The codebook as a scrollable grid of its patches: click one to paint with that token.
import { useLayoutEffect, useRef } from 'react';
import type { Codebook } from '../editor/run/codebooks.ts';
import { useLab } from './lab-store.ts';

const COLUMNS = 12;
const SIZE = 20;

export function CodebookPalette({ codebook }: { codebook: Codebook | null }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const token = useLab((s) => s.token);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || !codebook) return;
    const { k, patch, pixels } = codebook;
    const rows = Math.ceil(k / COLUMNS);
    canvas.width = COLUMNS * patch;
    canvas.height = rows * patch;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(canvas.width, canvas.height);
    for (let id = 0; id < k; id++) {
      const ox = (id % COLUMNS) * patch;
      const oy = Math.floor(id / COLUMNS) * patch;
      for (let p = 0; p < patch * patch; p++) {
        const at = ((oy + Math.floor(p / patch)) * canvas.width + ox + (p % patch)) * 4;
        const src = (id * patch * patch + p) * 3;
        image.data[at] = pixels[src] ?? 0;
        image.data[at + 1] = pixels[src + 1] ?? 0;
        image.data[at + 2] = pixels[src + 2] ?? 0;
        image.data[at + 3] = 255;
      }
    }
    ctx.putImageData(image, 0, 0);
  }, [codebook]);
  if (!codebook)
    return (
      <p className="lab-muted">
        The codebook is loading (or this plan’s model has none on the server).
      </p>
    );
  const rows = Math.ceil(codebook.k / COLUMNS);
  return (
    <div className="lab-palette" style={{ height: Math.min(rows * SIZE, 220) }}>
      <div className="lab-palette__inner" style={{ width: COLUMNS * SIZE, height: rows * SIZE }}>
        <canvas
          ref={ref}
          data-testid="codebook-palette"
          aria-label={`Codebook: ${codebook.k} tokens; click one to paint with it`}
          style={{ width: COLUMNS * SIZE, height: rows * SIZE }}
          onClick={(e) => {
            const box = e.currentTarget.getBoundingClientRect();
            const id =
              Math.floor((e.clientY - box.top) / SIZE) * COLUMNS +
              Math.floor((e.clientX - box.left) / SIZE);
            if (id < codebook.k) {
              useLab.getState().setToken(id);
              useLab.getState().setTool('paint');
            }
          }}
        />
        <div
          className="lab-palette__pick"
          style={{
            left: (token % COLUMNS) * SIZE,
            top: Math.floor(token / COLUMNS) * SIZE,
            width: SIZE,
            height: SIZE,
          }}
        />
      </div>
    </div>
  );
}
