import type { InferenceSession } from 'onnxruntime-node';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { glyphMapToInput, renderGlyphMap } from '../glyphs/glyph-map.ts';
import { tinyModel, tinySessions } from '../pipeline/tiny-test-model.ts';
import { paddedPromptIds } from '../planner/prompt-tokenizer.ts';
import { AbortError } from '../sampling/abort.ts';
import { expandLayout, type ExpanderInputs } from './expand-layout.ts';

const { constants, atlas } = tinyModel();
const spec = constants.expander;
let session: InferenceSession;
beforeAll(async () => {
  session = await tinySessions.session('expander');
});

const TEAL = 19; // the layout code of a plain teal background
const WHITE = 12; // a plain white layout code
const PROMPT = 'teal poster, white rectangle center';

function inputs(layout: Uint16Array, prompt = PROMPT): ExpanderInputs {
  return {
    layout,
    glyph: glyphMapToInput(renderGlyphMap(prompt, atlas, constants.glyphs)),
    prompt: paddedPromptIds(prompt, constants.planner.tokenizer),
  };
}

/** A teal layout, with layout cells [r0, r1) × [c0, c1) set to `code`. */
function layoutWithBlock(
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  code: number,
): Uint16Array {
  const ids = new Uint16Array(256).fill(TEAL);
  for (let y = r0; y < r1; y++) for (let x = c0; x < c1; x++) ids[y * 16 + x] = code;
  return ids;
}

describe('expandLayout on the real expander', { timeout: 60_000 }, () => {
  it.each([32, 64])(
    'honours the layout: a changed block changes only its own region (grid %i)',
    async (grid) => {
      const base = await expandLayout(session, spec, inputs(layoutWithBlock(0, 0, 0, 0, TEAL)), {
        grid,
      });
      const edited = await expandLayout(
        session,
        spec,
        inputs(layoutWithBlock(6, 10, 6, 10, WHITE)),
        { grid },
      );
      expect(edited.ids.length).toBe(grid * grid);
      const f = grid / 16;
      let inside = 0;
      let insideChanged = 0;
      let far = 0;
      let farChanged = 0;
      for (let y = 0; y < grid; y++) {
        for (let x = 0; x < grid; x++) {
          const [ly, lx] = [Math.floor(y / f), Math.floor(x / f)];
          const changed = base.ids[y * grid + x] !== edited.ids[y * grid + x];
          if (ly >= 6 && ly < 10 && lx >= 6 && lx < 10) {
            inside++;
            if (changed) insideChanged++;
          } else if (ly < 5 || ly > 10 || lx < 5 || lx > 10) {
            far++; // more than one layout cell away from the block
            if (changed) farChanged++;
          }
        }
      }
      expect(insideChanged / inside).toBeGreaterThan(0.9);
      expect(farChanged / far).toBeLessThan(0.01);
    },
  );

  it('draws the headline from the glyph map, near the ink only', async () => {
    const prompt = 'teal poster, headline "SALE" at top center';
    const layout = layoutWithBlock(0, 0, 0, 0, TEAL);
    const withText = inputs(layout, prompt);
    const noText = { ...withText, glyph: new Float32Array(256 * 256) };
    const a = await expandLayout(session, spec, noText, { grid: 64 });
    const b = await expandLayout(session, spec, withText, { grid: 64 });
    const ink = { x0: 256, y0: 256, x1: 0, y1: 0 };
    withText.glyph.forEach((v, i) => {
      if (v === 0) return;
      const [x, y] = [i % 256, Math.floor(i / 256)];
      Object.assign(ink, {
        x0: Math.min(ink.x0, x),
        y0: Math.min(ink.y0, y),
        x1: Math.max(ink.x1, x),
        y1: Math.max(ink.y1, y),
      });
    });
    let near = 0;
    let away = 0;
    a.ids.forEach((id, i) => {
      if (id === b.ids[i]) return;
      const [px, py] = [(i % 64) * 4, Math.floor(i / 64) * 4];
      const close =
        px + 3 >= ink.x0 - 8 && px <= ink.x1 + 8 && py + 3 >= ink.y0 - 8 && py <= ink.y1 + 8;
      if (close) near++;
      else away++;
    });
    expect(near).toBeGreaterThan(50);
    expect(away).toBeLessThanOrEqual(near / 100);
  });

  it('takes the argmax by default, with each cell’s model probability', async () => {
    const run = vi.spyOn(session, 'run');
    const layout = layoutWithBlock(6, 10, 6, 10, WHITE);
    const a = await expandLayout(session, spec, inputs(layout), { grid: 32 });
    const b = await expandLayout(session, spec, inputs(layout), { grid: 32, seed: 9 });
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[0]?.[1]).toEqual(['logits32']);
    run.mockRestore();
    expect(Buffer.from(a.ids.buffer)).toEqual(Buffer.from(b.ids.buffer)); // the seed plays no part
    expect(a.probabilities.every((p) => p > 0 && p <= 1)).toBe(true);
  });

  it('samples with a temperature, reproducibly per seed', async () => {
    const layout = layoutWithBlock(6, 10, 6, 10, WHITE);
    const argmax = await expandLayout(session, spec, inputs(layout), { grid: 32 });
    const hot = (seed: number) =>
      expandLayout(session, spec, inputs(layout), { grid: 32, temperature: 1.5, seed });
    const [a, b, c] = await Promise.all([hot(1), hot(1), hot(2)]);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(a.ids)).not.toEqual(Array.from(c.ids));
    expect(Array.from(a.ids)).not.toEqual(Array.from(argmax.ids));
  });

  it('refuses unknown grids, bad layouts and aborted signals', async () => {
    const layout = layoutWithBlock(0, 0, 0, 0, TEAL);
    await expect(expandLayout(session, spec, inputs(layout), { grid: 48 })).rejects.toThrow(
      /32, 64/,
    );
    const bad = layout.slice();
    bad[3] = 512;
    await expect(expandLayout(session, spec, inputs(bad), { grid: 32 })).rejects.toThrow(
      /512 at 3/,
    );
    await expect(
      expandLayout(session, spec, inputs(layout.subarray(0, 10)), { grid: 32 }),
    ).rejects.toThrow(/256 codes/);
    const signal = AbortSignal.abort();
    await expect(expandLayout(session, spec, inputs(layout), { grid: 32, signal })).rejects.toThrow(
      AbortError,
    );
  });
});
