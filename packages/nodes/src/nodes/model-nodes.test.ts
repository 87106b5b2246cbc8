// The model-backed nodes on the real tessera-tiny package (CPU).
import { silentLogger } from '@tessera/inference';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyModelAccess } from '../capabilities/model-access.ts';
import type { ImageValue, TokenPlanValue } from '../context/port-values.ts';
import { TESSERA_TINY_DIR, testContext } from '../testing/index.ts';
import { arPlanNode } from './ar-plan.ts';
import { diffusionDecodeNode } from './diffusion-decode.ts';
import { imageUpscaleNode } from './image-upscale.ts';
import { planExpandNode } from './plan-expand.ts';
import { planPreviewNode } from './plan-preview.ts';

const models = lazyModelAccess(TESSERA_TINY_DIR, { logger: silentLogger, verify: 'size' });
const prompt = 'teal poster, red circle top left, headline "SALE 50" at top center';
const planParams = { seed: 7, temperature: 0.9, topP: 0.75, topK: 0, grid: 16 };
const decodeParams = { steps: 2, guidance: 1.5, seed: 0 };

/** Runs `execute` with a signal that fires when `stopWhen` says so, after each progress step. */
function cancellable(stopWhen: (step: number) => boolean) {
  const controller = new AbortController();
  const ctx = testContext({ models, signal: controller.signal });
  return {
    ...ctx,
    progress(step: number, total: number) {
      ctx.progress(step, total);
      if (stopWhen(step)) controller.abort(new Error('cancelled by the test'));
    },
  };
}

let layout: TokenPlanValue;
let fine: TokenPlanValue;

beforeAll(async () => {
  const ctx = testContext({ models, params: planParams, inputs: { prompt } });
  layout = (await arPlanNode.execute(ctx)).outputs.plan as TokenPlanValue;
  const expanded = testContext({ models, params: { grid: 32, seed: 0 }, inputs: { plan: layout } });
  fine = (await planExpandNode.execute(expanded)).outputs.plan as TokenPlanValue;
}, 120_000);

describe('the model-backed core nodes', { timeout: 120_000 }, () => {
  it('ar.plan streams every token with its probability, then returns the plan and alternatives', async () => {
    const ctx = testContext({ models, params: planParams, inputs: { prompt } });
    const plan = (await arPlanNode.execute(ctx)).outputs.plan as TokenPlanValue;
    expect(Array.from(plan.ids)).toEqual(Array.from(layout.ids)); // same seed, same plan
    expect(ctx.partials).toHaveLength(256);
    expect(ctx.partials.map((p) => (p.kind === 'plan-token' ? p.id : -1))).toEqual(
      Array.from(plan.ids),
    );
    expect(ctx.partials[5]).toMatchObject({ kind: 'plan-token', index: 5, width: 16, height: 16 });
    expect(ctx.progressSteps.at(-1)).toEqual([256, 256]);
    expect(plan.alternatives?.count).toBe(5);
    expect(plan.alternatives?.ids.length).toBe(256 * 5);
  });

  it('ar.plan stops within one model step of a cancellation', async () => {
    const ctx = { ...cancellable((step) => step === 10), params: planParams, inputs: { prompt } };
    await expect(arPlanNode.execute(ctx)).rejects.toThrow();
    expect(ctx.progressSteps).toHaveLength(10);
  });

  it('plan.expand writes the fine plan', () => {
    expect(fine).toMatchObject({ width: 32, height: 32, patchSize: 8 });
    expect(fine.codebook.grid).toBe(32);
  });

  it('plan.expand keeps the fine cells of a "keep" plan under the locked layout cells', async () => {
    const keep = { ...fine, ids: fine.ids.map(() => 3) };
    const lock = 'ffff'.repeat(8) + '0000'.repeat(8); // the top half of the 16×16 layout
    const ctx = testContext({
      models,
      params: { grid: 32, seed: 0, lock },
      inputs: { plan: layout, keep },
    });
    const kept = (await planExpandNode.execute(ctx)).outputs.plan as TokenPlanValue;
    expect(kept.ids.subarray(0, 32 * 16).every((id) => id === 3)).toBe(true);
    expect(Array.from(kept.ids.subarray(32 * 16))).toEqual(Array.from(fine.ids.subarray(32 * 16)));
    const bad = testContext({
      models,
      params: { grid: 32, seed: 0, lock: 'xyz' },
      inputs: { plan: layout, keep },
    });
    await expect(planExpandNode.execute(bad)).rejects.toThrow(/param "lock"/);
  });

  it('diffusion.decode reports each step with a preview and stamps the image with its plan', async () => {
    const ctx = testContext({ models, params: decodeParams, inputs: { plan: fine, prompt } });
    const image = (await diffusionDecodeNode.execute(ctx)).outputs.image as ImageValue;
    expect(image).toMatchObject({ width: 256, height: 256, channels: 3 });
    expect(image.plan?.ids).toEqual(fine.ids);
    expect(ctx.progressSteps).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(ctx.partials.map((p) => (p.kind === 'image-preview' ? p.image.width : 0))).toEqual([
      128, 128,
    ]);
  });

  it('diffusion.decode stops within one model step of a cancellation', async () => {
    const ctx = {
      ...cancellable((step) => step === 1),
      params: { ...decodeParams, steps: 5 },
      inputs: { plan: fine, prompt },
    };
    await expect(diffusionDecodeNode.execute(ctx)).rejects.toThrow();
    expect(ctx.progressSteps).toEqual([[1, 5]]);
  });

  it('plan.preview draws the plan at canvas size, keeping the plan', async () => {
    const ctx = testContext({ models, inputs: { plan: layout } });
    const image = (await planPreviewNode.execute(ctx)).outputs.image as ImageValue;
    expect(image).toMatchObject({ width: 256, height: 256, channels: 3 });
    expect(image.plan?.ids).toEqual(layout.ids);
    expect(image.plan?.alternatives).toEqual(layout.alternatives); // saved with the image
  });

  it('image.upscale enlarges RGB images, keeping the source plan, and refuses RGBA', async () => {
    const small: ImageValue = {
      width: 8,
      height: 6,
      channels: 3,
      data: Uint8Array.from({ length: 144 }, (_, i) => (i * 37) % 256),
      plan: fine,
    };
    const ctx = testContext({ models, params: { factor: 2 }, inputs: { image: small } });
    const image = (await imageUpscaleNode.execute(ctx)).outputs.image as ImageValue;
    expect(image).toMatchObject({ width: 16, height: 12, channels: 3, plan: fine });
    expect(ctx.progressSteps).toEqual([[1, 1]]);
    const rgba = { width: 1, height: 1, channels: 4, data: new Uint8Array(4) };
    await expect(
      imageUpscaleNode.execute(
        testContext({ models, params: { factor: 2 }, inputs: { image: rgba } }),
      ),
    ).rejects.toThrow('image.upscale takes RGB images; this one has 4 channels');
  });
});
