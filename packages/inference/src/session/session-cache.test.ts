import { join } from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import { afterEach, describe, expect, it } from 'vitest';
import { TINY_PACKAGE_DIR } from '../testing/fixture-paths.ts';
import type { InferenceLogger } from './logger.ts';
import { type CreateSession, SessionCache } from './session-cache.ts';

const MODEL = join(TINY_PACKAGE_DIR, 'onnx/affine.onnx');

function recordingLogger(): InferenceLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, warn: (message) => warnings.push(message) };
}

/** A fake onnxruntime: counts loads, fails for the providers listed in `failing`. */
function fakeCreate(failing: string[] = []): CreateSession & { calls: string[][] } {
  const calls: string[][] = [];
  const create = async (_file: string, options: InferenceSession.SessionOptions) => {
    const providers = (options.executionProviders ?? []).map(String);
    calls.push(providers);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (providers.some((p) => failing.includes(p))) throw new Error(`no ${providers[0]} here`);
    return { release: async () => {} } as unknown as InferenceSession;
  };
  return Object.assign(create, { calls });
}

const caches: SessionCache[] = [];
function newCache(create?: CreateSession): SessionCache {
  const cache = new SessionCache(create ? { create } : {});
  caches.push(cache);
  return cache;
}
afterEach(async () => {
  await Promise.all(caches.splice(0).map((c) => c.dispose()));
});

describe('SessionCache', () => {
  it('loads a file once for concurrent and later requests, and returns the same session', async () => {
    const create = fakeCreate();
    const cache = newCache(create);
    const [a, b] = await Promise.all([cache.load({ file: MODEL }), cache.load({ file: MODEL })]);
    const c = await cache.load({ file: MODEL });
    expect(a.session).toBe(b.session);
    expect(c.session).toBe(a.session);
    expect(create.calls).toHaveLength(1);
  });

  it('loads again for other content or another configuration', async () => {
    const create = fakeCreate();
    const cache = newCache(create);
    await cache.load({ file: MODEL, contentKey: 'a' });
    await cache.load({ file: MODEL, contentKey: 'b' });
    await cache.load({ file: MODEL, contentKey: 'a', config: { intraOpNumThreads: 2 } });
    expect(create.calls).toHaveLength(3);
  });

  it('forgets a failed load, so the next request tries again', async () => {
    let fail = true;
    const cache = newCache(() =>
      fail
        ? Promise.reject(new Error('disk hiccup'))
        : Promise.resolve({ release: async () => {} } as unknown as InferenceSession),
    );
    await expect(cache.load({ file: MODEL })).rejects.toThrow(/disk hiccup/);
    fail = false;
    await expect(cache.load({ file: MODEL })).resolves.toMatchObject({ provider: 'cpu' });
  });

  it('tries providers in the configured order, logging each fallback', async () => {
    const create = fakeCreate(['cuda', 'webgpu']);
    const logger = recordingLogger();
    const loaded = await newCache(create).load({
      file: MODEL,
      config: { providers: ['cuda', 'webgpu'] },
      logger,
    });
    expect(create.calls).toEqual([['cuda', 'cpu'], ['webgpu', 'cpu'], ['cpu']]);
    expect(loaded.provider).toBe('cpu');
    expect(loaded.requested).toEqual(['cuda', 'webgpu', 'cpu']);
    expect(loaded.fallbacks.map((f) => f.provider)).toEqual(['cuda', 'webgpu']);
    expect(logger.warnings).toEqual([
      'execution provider cuda cannot load; falling back to webgpu',
      'execution provider webgpu cannot load; falling back to cpu',
      `using execution provider cpu for ${MODEL}`,
    ]);
  });

  it('falls back from CUDA to CPU with the real onnxruntime (no CUDA here), and says so', async () => {
    const logger = recordingLogger();
    const loaded = await newCache().load({ file: MODEL, config: { providers: ['cuda'] }, logger });
    expect(loaded.provider).toBe('cpu');
    expect(loaded.fallbacks[0]?.provider).toBe('cuda');
    expect(loaded.fallbacks[0]?.reason).toMatch(/cuda/i);
    expect(logger.warnings[0]).toBe('execution provider cuda cannot load; falling back to cpu');
    expect(loaded.session.inputNames).toEqual(['x']);
  });

  it('releases its sessions on dispose', async () => {
    const cache = newCache(fakeCreate());
    await cache.load({ file: MODEL });
    await cache.dispose();
    expect(cache.size).toBe(0);
  });
});
