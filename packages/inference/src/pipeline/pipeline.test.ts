import { encodeTokenPlan, type TokenPlan } from '@tessera/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { AbortError } from '../sampling/abort.ts';
import { decodeImage } from './decode-image.ts';
import { expandPlan } from './expand-plan.ts';
import { planLayout } from './plan-layout.ts';
import { tinyModel, tinySessions } from './tiny-test-model.ts';

const model = tinyModel();
const PROMPT = 'navy poster, yellow circle top right, headline "OPEN 24" at bottom center';
let plan: TokenPlan; // the default layout plan of PROMPT

beforeAll(async () => {
  plan = (await planLayout(tinySessions, model, PROMPT)).plan;
});

async function generate(
  seed: number,
): Promise<{ layout: TokenPlan; fine: TokenPlan; image: Uint8Array }> {
  const { plan: layout } = await planLayout(tinySessions, model, PROMPT, { seed });
  const fine = await expandPlan(tinySessions, model, layout, PROMPT, { grid: 64 });
  const image = await decodeImage(tinySessions, model, fine, PROMPT, { steps: 2, seed });
  return { layout, fine, image: image.data };
}

describe('the pipeline facade', { timeout: 60_000 }, () => {
  it('plans, expands and decodes: byte-identical twice with the same seed', async () => {
    const a = await generate(3);
    const b = await generate(3);
    expect(encodeTokenPlan(a.layout)).toEqual(encodeTokenPlan(b.layout));
    expect(encodeTokenPlan(a.fine)).toEqual(encodeTokenPlan(b.fine));
    expect(Buffer.from(a.image)).toEqual(Buffer.from(b.image));
  });

  it('labels each plan with the model, grid, codebook and patch size of the manifest', async () => {
    expect(plan).toMatchObject({ height: 16, width: 16, patchSize: 16 });
    expect(plan.codebook).toEqual({
      modelId: 'tessera-tiny',
      grid: 16,
      vocabSize: 512,
      hash: '06a3f8052a9759db74d63b42e246fca36fd22dca01b61c91b45fd675d7155430',
    });
    expect(plan.probabilities?.length).toBe(256);
    const fine = await expandPlan(tinySessions, model, plan, PROMPT, { grid: 64 });
    expect(fine).toMatchObject({ height: 64, width: 64, patchSize: 4 });
    expect(fine.codebook.hash).toBe(
      '85caed73666692b26b852b3cd07f18c7848a7351d7dd9d27b9b25226d3bba1fd',
    );
  });

  it('uses the catalogue defaults: seed 0, temperature 0.9, top-p 0.75 equal leaving them out', async () => {
    const explicit = await planLayout(tinySessions, model, PROMPT, {
      seed: 0,
      temperature: 0.9,
      topP: 0.75,
      topK: 0,
      grid: 16,
    });
    expect(Array.from(explicit.plan.ids)).toEqual(Array.from(plan.ids));
    expect(explicit.plan.alternatives?.count).toBe(5);
    expect(explicit.plan.alternatives?.ids.length).toBe(256 * 5);
  });

  it('refuses plans of another model, codebook or grid with a message saying which', async () => {
    const other = { ...plan, codebook: { ...plan.codebook, modelId: 'glm-image' } };
    await expect(expandPlan(tinySessions, model, other, PROMPT)).rejects.toThrow(
      /model "glm-image", not "tessera-tiny"/,
    );
    const rehashed = { ...plan, codebook: { ...plan.codebook, hash: 'ab'.repeat(32) } };
    await expect(decodeImage(tinySessions, model, rehashed, PROMPT, { steps: 1 })).rejects.toThrow(
      /codebook/,
    );
    const fine = await expandPlan(tinySessions, model, plan, PROMPT);
    await expect(expandPlan(tinySessions, model, fine, PROMPT)).rejects.toThrow(
      /grid 16, got grid 32/,
    );
    await expect(planLayout(tinySessions, model, PROMPT, { grid: 32 })).rejects.toThrow(/16×16/);
  });

  it('decodes without a plan (the ablation) and with a 32×32 plan', async () => {
    const fine32 = await expandPlan(tinySessions, model, plan, undefined, { grid: 32 });
    expect(fine32.width).toBe(32);
    const withPlan = await decodeImage(tinySessions, model, fine32, PROMPT, { steps: 1 });
    const without = await decodeImage(tinySessions, model, null, PROMPT, { steps: 1 });
    expect(Buffer.from(withPlan.data)).not.toEqual(Buffer.from(without.data));
  });

  it('passes cancellation through to every stage', async () => {
    const signal = AbortSignal.abort();
    await expect(planLayout(tinySessions, model, PROMPT, {}, { signal })).rejects.toThrow(
      AbortError,
    );
    await expect(expandPlan(tinySessions, model, plan, PROMPT, {}, { signal })).rejects.toThrow(
      AbortError,
    );
    await expect(decodeImage(tinySessions, model, plan, PROMPT, {}, { signal })).rejects.toThrow(
      AbortError,
    );
  });
});
