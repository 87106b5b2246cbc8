import { encodeTokenPlan } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { renderGlyphMap, renderHeadlineGlyphMap } from '../glyphs/glyph-map.ts';
import { expandPlan } from './expand-plan.ts';
import { modelPrompt } from './model-prompt.ts';
import { planLayout } from './plan-layout.ts';
import { tinyModel, tinySessions } from './tiny-test-model.ts';

const model = tinyModel();
const NATURAL = 'On a Navy background: "open 24" along the bottom, and a yellow disc, upper right.';
const CANONICAL = 'navy poster, yellow circle top right, headline "OPEN 24" at bottom center';

describe('the prompt a stage gives the model', { timeout: 60_000 }, () => {
  it('is the canonical caption, with the headline where the prompt puts it', () => {
    const { caption, headline } = modelPrompt(model, NATURAL);
    expect(caption).toBe(CANONICAL);
    expect(headline).toEqual({ text: 'OPEN 24', row: 2, col: 1 });
    const { atlas, constants } = model;
    expect(renderHeadlineGlyphMap(headline, atlas, constants.glyphs)).toEqual(
      renderGlyphMap(CANONICAL, atlas, constants.glyphs),
    );
  });

  it('makes a natural phrasing plan and expand exactly as its canonical caption does', async () => {
    const natural = await planLayout(tinySessions, model, NATURAL, { seed: 5 });
    const canonical = await planLayout(tinySessions, model, CANONICAL, { seed: 5 });
    expect(encodeTokenPlan(natural.plan)).toEqual(encodeTokenPlan(canonical.plan));
    const fine = await expandPlan(tinySessions, model, natural.plan, NATURAL, { grid: 32 });
    const same = await expandPlan(tinySessions, model, natural.plan, CANONICAL, { grid: 32 });
    expect(encodeTokenPlan(fine)).toEqual(encodeTokenPlan(same));
  });
});
