import { describe, expect, it } from 'vitest';
import { resolveModelPaths } from './model-paths.ts';
import { loadModelSession } from './sessions.ts';

describe('loadModelSession', () => {
  it('runs the recognition model and returns its float output with dims', async () => {
    const session = await loadModelSession(resolveModelPaths().recognition, 1);
    const output = await session.run(new Float32Array(3 * 48 * 64), [1, 3, 48, 64]);
    expect(output.dims).toEqual([1, 8, 6625]);
    expect(output.data.length).toBe(8 * 6625);
    await session.release();
  });

  it('rejects a thread count that is not a positive integer', async () => {
    await expect(loadModelSession(resolveModelPaths().recognition, 0)).rejects.toThrow(/threads/);
  });
});
