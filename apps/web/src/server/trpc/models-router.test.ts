import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createCaller } from './app-router.ts';
import { type TestContext, openTestContext, repoModelsDir } from './test-context.ts';

const contexts: TestContext[] = [];
const folders: string[] = [];

async function callerOver(modelsDir?: string) {
  const test = await openTestContext(modelsDir === undefined ? {} : { modelsDir });
  contexts.push(test);
  return createCaller(test.context);
}

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  for (const test of contexts) await test.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('models router', () => {
  it("lists the repository's model with its codebook shapes and workflow templates", async () => {
    const models = await (await callerOver()).models.list();
    const tiny = models.find((m) => m.id === 'tessera-tiny');
    expect(
      tiny?.codebooks.map(({ grid, patch, K, nullId }) => ({ grid, patch, K, nullId })),
    ).toEqual([
      { grid: 16, patch: 16, K: 512, nullId: 512 },
      { grid: 32, patch: 8, K: 1024, nullId: 1024 },
      { grid: 64, patch: 4, K: 1024, nullId: 1024 },
    ]);
    expect(tiny?.codebooksUrl).toBe(
      `/api/models/tessera-tiny/codebooks.bin?v=${tiny?.codebooksSha256}`,
    );
    const poster = tiny?.templates.find((t) => t.file === 'poster.json');
    expect(poster).toMatchObject({ name: 'Poster', document: { format: 'tessera.workflow' } });
    expect(poster?.document.nodes.map((n) => n.type)).toContain('diffusion.decode');
  });

  it('leaves out bad templates and broken packages, with a warning each', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tessera-models-'));
    folders.push(dir);
    const good = path.join(dir, 'good-model');
    mkdirSync(path.join(good, 'workflows'), { recursive: true });
    writeFileSync(
      path.join(good, 'model.json'),
      readFileSync(path.join(repoModelsDir, 'tessera-tiny/model.json'), 'utf8').replace(
        '"id": "tessera-tiny"',
        '"id": "good-model"',
      ),
    );
    writeFileSync(
      path.join(good, 'workflows/ok.json'),
      readFileSync(path.join(repoModelsDir, 'tessera-tiny/workflows/layout-sketch.json')),
    );
    writeFileSync(
      path.join(good, 'workflows/newer.json'),
      '{"format":"tessera.workflow","version":99}',
    );
    writeFileSync(path.join(good, 'workflows/broken.json'), '{ not json');
    mkdirSync(path.join(dir, 'no-manifest'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const models = await (await callerOver(dir)).models.list();
    expect(models.map((m) => m.id)).toEqual(['good-model']);
    expect(models[0]?.templates.map((t) => t.file)).toEqual(['ok.json']);
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no-manifest.*model\.json/),
        expect.stringMatching(/good-model: template broken\.json skipped/),
        expect.stringMatching(/good-model: template newer\.json skipped/),
      ]) as string[],
    );
  });

  it('answers an empty list when the models folder does not exist', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const caller = await callerOver(path.join(tmpdir(), 'tessera-no-such-models-folder'));
    expect(await caller.models.list()).toEqual([]);
  });
});
