// The Plan Lab nodes on the real tessera-tiny package (CPU).
import { ParamsError } from '@tessera/graph';
import { silentLogger } from '@tessera/inference';
import { encodeLockMask, encodeTokenPlan, encodeTokenPlanBase64 } from '@tessera/protocol';
import { bytesToBase64 } from '@tessera/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyModelAccess } from '../capabilities/model-access.ts';
import type { TokenPlanValue } from '../context/port-values.ts';
import { TESSERA_TINY_DIR, noModels, testContext } from '../testing/index.ts';
import { arPlanNode } from './ar-plan.ts';
import { planEditNode } from './plan-edit.ts';
import { planLoadNode } from './plan-load.ts';
import { planResampleNode } from './plan-resample.ts';

const models = lazyModelAccess(TESSERA_TINY_DIR, { logger: silentLogger, verify: 'size' });
const prompt = 'teal poster, red circle top left, headline "SALE 50" at top center';
const sampling = { seed: 7, temperature: 0.9, topP: 0.75, topK: 0 };
const leftHalf = Uint8Array.from({ length: 256 }, (_, i) => (i % 16 < 8 ? 1 : 0));
let layout: TokenPlanValue;

const load = async (source: string) =>
  (await planLoadNode.execute(testContext({ models, params: { source } }))).outputs
    .plan as TokenPlanValue;

beforeAll(async () => {
  const ctx = testContext({ models, params: { ...sampling, grid: 16 }, inputs: { prompt } });
  layout = (await arPlanNode.execute(ctx)).outputs.plan as TokenPlanValue;
}, 120_000);

describe('plan.load', { timeout: 60_000 }, () => {
  it('opens a plan from its .tplan bytes as base64, alternatives and all', async () => {
    expect(await load(encodeTokenPlanBase64(layout))).toEqual(layout);
  });

  it('refuses corrupt or mismatched plans, saying which', async () => {
    const bytes = encodeTokenPlan(layout);
    const cases: [string, RegExp][] = [
      ['', /no plan loaded/],
      [bytesToBase64(bytes.subarray(0, 600)), /the plan is truncated/],
      [bytesToBase64(Uint8Array.of(0x89, 0x50, 0x4e, 0x47)), /not a token plan/],
      ['VFBMTg', /not valid base64/],
      ['not base64!', /must be the base64 of a .tplan file/],
      [
        encodeTokenPlanBase64({
          ...layout,
          codebook: { ...layout.codebook, hash: 'ab'.repeat(32) },
        }),
        /codebook .* is not this model's/,
      ],
      [
        encodeTokenPlanBase64({
          ...layout,
          codebook: { ...layout.codebook, modelId: 'glm-image' },
        }),
        /for model "glm-image", not "tessera-tiny"/,
      ],
      [
        encodeTokenPlanBase64({
          ...layout,
          height: 8,
          ids: layout.ids.subarray(0, 128),
          probabilities: undefined,
          alternatives: undefined,
        }),
        /must be 16×16, got 8×16/,
      ],
    ];
    for (const [source, message] of cases) {
      await expect(load(source), String(message)).rejects.toThrow(message);
    }
  });

  it('refuses an artifact id the hub did not read into source, naming it', async () => {
    const params = { source: encodeTokenPlanBase64(layout), artifact: 'a1b2-c3' };
    await expect(planLoadNode.execute(testContext({ models, params }))).rejects.toThrow(
      /the stored plan a1b2-c3 was not read: only a hub with the run database/,
    );
    await expect(
      planLoadNode.execute(testContext({ models, params: { artifact: 'no such id!' } })),
    ).rejects.toThrow(ParamsError);
  });
});

describe('plan.edit', () => {
  const edit = (ops: unknown) =>
    planEditNode.execute(
      testContext({
        models: noModels,
        params: { ops: JSON.stringify(ops) },
        inputs: { plan: layout },
      }),
    );

  it('paints and pastes; edited cells get probability 1', async () => {
    const ops = [
      { op: 'paint', rect: [0, 0, 1, 1], id: 42 },
      { op: 'paste', rect: [0, 0, 1, 1], at: [14, 14] },
    ];
    const plan = (await edit(ops)).outputs.plan as TokenPlanValue;
    for (const i of [0, 1, 16, 17, 14 * 16 + 14, 15 * 16 + 15]) {
      expect(plan.ids[i]).toBe(42);
      expect(plan.probabilities?.[i]).toBe(1);
    }
    expect(plan.ids[2]).toBe(layout.ids[2]);
    expect(plan.alternatives).toEqual(layout.alternatives);
  });

  it('fails with a params error naming the bad op', async () => {
    const error = await edit([
      { op: 'paint', rect: [0, 0, 0, 0], id: 1 },
      { op: 'paint', id: 1 },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParamsError);
    expect((error as Error).message).toMatch(/param "ops": op 1 \(paint\)/);
    await expect(edit([{ op: 'paint', cells: [[16, 0]], id: 1 }])).rejects.toThrow(
      /op 0 \(paint\): cell \[16, 0\] is outside the 16×16 plan/,
    );
  });
});

describe('plan.resample', { timeout: 60_000 }, () => {
  const resample = (lock: string, seed: number) => {
    const ctx = testContext({
      models,
      params: { ...sampling, seed, lock },
      inputs: { plan: layout, prompt },
    });
    return planResampleNode
      .execute(ctx)
      .then((r) => ({ ctx, plan: r.outputs.plan as TokenPlanValue }));
  };

  it('keeps the locked cells, samples the rest, and streams every token', async () => {
    const { ctx, plan } = await resample(encodeLockMask(leftHalf, 16, 16), 3);
    for (let i = 0; i < 256; i++) if (leftHalf[i]) expect(plan.ids[i]).toBe(layout.ids[i]);
    expect(Array.from(plan.ids)).not.toEqual(Array.from(layout.ids));
    expect(ctx.partials).toHaveLength(256);
    expect(ctx.progressSteps.at(-1)).toEqual([256, 256]);
    expect(plan.alternatives?.count).toBe(5);
  });

  it('with nothing locked and ar.plan’s seed, writes ar.plan’s plan', async () => {
    const { plan } = await resample('', sampling.seed);
    expect(Array.from(plan.ids)).toEqual(Array.from(layout.ids));
  });

  it('refuses a bad lock at param level, and a plan that is not a layout plan', async () => {
    await expect(resample('ffff', 1)).rejects.toThrow(
      /param "lock": a lock mask for a 16×16 plan is 64 hex digits/,
    );
    const fine = { ...layout, codebook: { ...layout.codebook, grid: 32 } };
    const ctx = testContext({
      models,
      params: { ...sampling, lock: '' },
      inputs: { plan: fine, prompt },
    });
    await expect(planResampleNode.execute(ctx)).rejects.toThrow(
      /plan.resample: takes plans on grid 16/,
    );
  });
});
