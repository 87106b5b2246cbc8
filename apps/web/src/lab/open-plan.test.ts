import { type TokenPlan, encodeTokenPlan, encodeTokenPlanBase64 } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { type KnownCodebook, openPlanBytes } from './open-plan.ts';
import { pngWithText as png } from '../testing/png-with-text.ts';

const BOOKS: KnownCodebook[] = [
  { modelId: 'tessera-tiny', grid: 16, k: 512 },
  { modelId: 'tessera-tiny', grid: 64, k: 512 },
];

const plan = (over: Partial<TokenPlan> = {}, grid = 16, vocabSize = 512): TokenPlan => ({
  height: grid,
  width: grid,
  ids: Uint16Array.from({ length: grid * grid }, (_, i) => i % vocabSize),
  codebook: { modelId: 'tessera-tiny', grid, vocabSize, hash: 'a'.repeat(64) },
  patchSize: 16,
  ...over,
});

describe('opening a plan', () => {
  it('opens a .tplan file', () => {
    const result = openPlanBytes(encodeTokenPlan(plan()), 'a.tplan', BOOKS);
    expect(result.ok && result.opened.plan.ids[3]).toBe(3);
  });

  it('opens the plan and workflow of a Tessera PNG', () => {
    const bytes = png({
      'tessera:plan': encodeTokenPlanBase64(plan()),
      'tessera:workflow': '{"x":1}',
    });
    const result = openPlanBytes(bytes, 'a.png', BOOKS);
    expect(result.ok && result.opened.workflowJson).toBe('{"x":1}');
  });

  it('refuses a Tessera PNG whose chunk fails its CRC', () => {
    const bytes = png({
      'tessera:plan': encodeTokenPlanBase64(plan()),
      'tessera:workflow': '{"x":1}',
    });
    bytes[Buffer.from(bytes).indexOf('{"x":1}') + 5] = '2'.charCodeAt(0);
    const result = openPlanBytes(bytes, 'a.png', BOOKS);
    expect(!result.ok && result.message).toMatch(/^Corrupt PNG: a\.png was refused\. .*CRC/);
  });

  it('says which problem a refused file has', () => {
    const bytes = encodeTokenPlan(plan());
    const cut = openPlanBytes(bytes.subarray(0, bytes.length - 10), 'cut.tplan', BOOKS);
    expect(!cut.ok && cut.message).toMatch(/^Truncated file: cut\.tplan/);
    const other = openPlanBytes(encodeTokenPlan(plan({}, 16, 300)), 'k.tplan', BOOKS);
    expect(!other.ok && other.message).toMatch(/^Wrong codebook: .*300 codes/);
    const model = openPlanBytes(
      encodeTokenPlan(
        plan({ codebook: { modelId: 'other', grid: 16, vocabSize: 512, hash: 'a'.repeat(64) } }),
      ),
      'm.tplan',
      BOOKS,
    );
    expect(!model.ok && model.message).toMatch(/^Wrong codebook: .*"other"/);
    const size = openPlanBytes(
      encodeTokenPlan(plan({ width: 8, height: 8, ids: new Uint16Array(64) })),
      's.tplan',
      BOOKS,
    );
    expect(!size.ok && size.message).toMatch(/^Wrong size: the plan is 8×8/);
    const text = openPlanBytes(new TextEncoder().encode('hello'), 'h.txt', BOOKS);
    expect(!text.ok && text.message).toMatch(/^(Not a token plan|Truncated file)/);
    const noPlan = openPlanBytes(png({}), 'p.png', BOOKS);
    expect(!noPlan.ok && noPlan.message).toMatch(/no "tessera:plan" chunk/);
    const cutPng = openPlanBytes(png({ 'tessera:plan': 'x' }).subarray(0, 40), 'c.png', BOOKS);
    expect(!cutPng.ok && cutPng.message).toMatch(/^Corrupt PNG: .*truncated/);
  });
});
