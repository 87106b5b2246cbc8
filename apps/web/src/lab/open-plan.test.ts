import { type TokenPlan, encodeTokenPlan, encodeTokenPlanBase64 } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { type KnownCodebook, openPlanBytes } from './open-plan.ts';

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

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  new DataView(out.buffer).setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  return out; // CRC left zero: the lab reads text chunks without checking it
}

function png(texts: Record<string, string>): Uint8Array {
  const parts = [
    Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', new Uint8Array(13)),
  ];
  for (const [key, text] of Object.entries(texts)) {
    const k = new TextEncoder().encode(key);
    const t = new TextEncoder().encode(text);
    const data = new Uint8Array(k.length + 5 + t.length);
    data.set(k);
    data.set(t, k.length + 5);
    parts.push(chunk('iTXt', data));
  }
  parts.push(chunk('IEND', new Uint8Array(0)));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

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
