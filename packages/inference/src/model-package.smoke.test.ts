import { Tensor } from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanPreview } from './codebook/plan-preview.ts';
import { tokenPlanFromIds } from './codebook/plan-from-ids.ts';
import { loadModelPackage } from './model-package.ts';
import { pipelineModelFromPackage } from './pipeline/from-package.ts';
import { warmUpPipeline } from './pipeline/warm-up.ts';
import { silentLogger } from './session/logger.ts';
import { SessionCache } from './session/session-cache.ts';
import { TESSERA_TINY_DIR } from './testing/fixture-paths.ts';

// The one test that touches the real 50 MB package: it must load and check as shipped.
const STAGES = ['ar.plan', 'plan.expand', 'diffusion.decode'];
const cache = new SessionCache();
afterAll(() => cache.dispose());

const pkg = await loadModelPackage(TESSERA_TINY_DIR, {
  sessionCache: cache,
  logger: silentLogger,
  preload: STAGES,
});

describe('models/tessera-tiny', () => {
  it('loads with its three stages checked against the manifest', async () => {
    expect(pkg.id).toBe('tessera-tiny');
    expect(pkg.stageNames).toEqual(expect.arrayContaining(STAGES));
    for (const stage of STAGES) {
      expect((await pkg.loadedSession(stage)).provider).toBe('cpu');
    }
    expect((await pkg.session('planner')).inputNames).toContain('past_k');
  });

  it('has its three codebooks and the glyph atlas', () => {
    expect(pkg.codebooks.map((c) => [c.grid, c.patch, c.size])).toEqual([
      [16, 16, 512],
      [32, 8, 1024],
      [64, 4, 1024],
    ]);
    expect(pkg.glyphAtlas?.json).toMatchObject({ charset: expect.stringContaining('A') as string });
  });

  it('warms up by running every stage it ships once (a runner does it before it connects)', async () => {
    const asked: string[] = [];
    const counting = {
      session: (stage: string) => {
        asked.push(stage);
        return pkg.session(stage);
      },
    };
    const warmed = await warmUpPipeline(counting, pipelineModelFromPackage(pkg), (stage) =>
      pkg.stageNames.includes(stage),
    );
    expect(warmed).toEqual(['planner', 'expander', 'decoder', 'upscale-x2', 'upscale-x4']);
    expect(new Set(asked)).toEqual(
      new Set(['planner', 'expander', 'decoder', 'upscale-x2', 'upscale-x4']),
    );
    // Five models loaded and run (each upscaler twice): 2–4 s quiet, over 5 s on a busy machine.
  }, 60_000);

  it('previews a 64×64 plan as a 256×256 image', () => {
    const codebook = pkg.codebook(64);
    const ids = Array.from({ length: 64 * 64 }, (_, i) => (i * 7) % codebook.size);
    const rgb = renderPlanPreview(tokenPlanFromIds(ids, codebook), codebook);
    expect(rgb).toHaveLength(256 * 256 * 3);
    expect(Array.from(rgb.subarray(0, 3))).toEqual(Array.from(codebook.centroids.subarray(0, 3)));
  });

  it('gives byte-identical planner outputs for the same inputs', async () => {
    const session = await pkg.session('ar.plan');
    const prompt = Array.from(new TextEncoder().encode('teal poster, headline "SALE" at top'));
    const ids = [257, ...prompt, 258];
    const n = ids.length;
    const i64 = (values: number[]): Tensor =>
      new Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);
    const feeds = {
      input_ids: i64(ids),
      position_ids: i64([...Array.from({ length: n - 1 }, (_, i) => i), 160]),
      attention_mask: i64(new Array<number>(n).fill(1)),
      past_k: new Tensor('float32', new Float32Array(0), [6, 1, 8, 0, 32]),
      past_v: new Tensor('float32', new Float32Array(0), [6, 1, 8, 0, 32]),
    };
    const bytes = async (): Promise<Uint8Array> => {
      const { logits } = await session.run(feeds);
      return new Uint8Array((logits?.data as Float32Array).buffer.slice(0));
    };
    const first = await bytes();
    expect(first).toHaveLength(n * 512 * 4);
    expect(await bytes()).toEqual(first);
  });
});
