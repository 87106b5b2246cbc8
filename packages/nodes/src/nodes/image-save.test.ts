import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParamsError, nodeId } from '@tessera/graph';
import { decodePng, readPngText } from '@tessera/png';
import { type TokenPlan, decodeTokenPlanBase64 } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { createOutputFolder } from '../capabilities/output-folder.ts';
import type { OutputFiles } from '../context/capabilities.ts';
import type { ImageValue } from '../context/port-values.ts';
import { fakeModel, memoryFiles, modelsOf, posterWorkflow, testContext } from '../testing/index.ts';
import { imageSaveNode } from './image-save.ts';

const plan: TokenPlan = {
  height: 2,
  width: 2,
  ids: Uint16Array.from([1, 2, 3, 4]),
  codebook: { modelId: 'fake-model', grid: 2, vocabSize: 8, hash: 'cd'.repeat(32) },
  patchSize: 2,
  probabilities: Float32Array.from([0.5, 0.25, 1, 0.125]),
};
const image: ImageValue = {
  width: 4,
  height: 3,
  channels: 3,
  data: Uint8Array.from({ length: 36 }, (_, i) => i * 7),
  plan,
};
const workflow = posterWorkflow();
const provenance = { id: 'fake-model', revision: 3, files: { 'a.onnx': 'ef'.repeat(32) } };

function saveContext(
  files: OutputFiles = memoryFiles(),
  params: Record<string, unknown> = {},
  runId = 'run-1',
) {
  return testContext({
    params: { prefix: 'poster', ...params },
    inputs: { image },
    files,
    models: modelsOf(fakeModel({ provenance })),
    run: {
      runId,
      nodeId: nodeId('save'),
      workflow,
      tesseraVersion: '9.9.9',
      nodes: [
        { id: nodeId('plan'), type: 'ar.plan', version: 1, params: { seed: 7 }, seeds: ['seed'] },
        { id: nodeId('save'), type: 'image.save', version: 1, params: {}, seeds: [] },
      ],
    },
  });
}

describe('image.save', () => {
  it('writes a PNG of the image with the workflow, run manifest and plan as text chunks', async () => {
    const files = memoryFiles();
    const result = await imageSaveNode.execute(saveContext(files));
    expect(result).toEqual({
      outputs: {},
      display: {
        kind: 'saved',
        files: [
          { name: 'poster_00001.png', bytes: expect.any(Number) as number, width: 4, height: 3 },
        ],
      },
    });
    const png = files.files.get('poster_00001.png')!;
    expect(decodePng(png)).toEqual({ width: 4, height: 3, channels: 3, data: image.data });
    const texts = readPngText(png);
    expect([...texts.keys()]).toEqual(['tessera:workflow', 'tessera:run', 'tessera:plan']);
    expect(JSON.parse(texts.get('tessera:workflow')!)).toEqual(workflow);
    expect(JSON.parse(texts.get('tessera:run')!)).toMatchObject({
      format: 'tessera.run',
      tessera: '9.9.9',
      savedBy: 'save',
      model: provenance,
      seeds: { 'plan.seed': 7 },
    });
    expect(decodeTokenPlanBase64(texts.get('tessera:plan')!)).toEqual(plan);
  });

  it('embeds the document as written (components kept), not the flattened one it ran', async () => {
    const files = memoryFiles();
    const asWritten = { ...workflow, name: 'As written' };
    const ctx = saveContext(files);
    await imageSaveNode.execute({ ...ctx, run: { ...ctx.run, sourceWorkflow: asWritten } });
    const texts = readPngText(files.files.get('poster_00001.png')!);
    expect(JSON.parse(texts.get('tessera:workflow')!)).toEqual(asWritten);
  });

  it('writes byte-identical files for the same inputs, never overwriting the first', async () => {
    const files = memoryFiles();
    await imageSaveNode.execute(saveContext(files, {}, 'run-1'));
    const again = await imageSaveNode.execute(saveContext(files, {}, 'run-2'));
    expect(again.display).toMatchObject({ files: [{ name: 'poster_00002.png' }] });
    expect(files.files.get('poster_00002.png')).toEqual(files.files.get('poster_00001.png'));
  });

  it('writes no second file when the same node of the same run is executed again', async () => {
    const files = memoryFiles();
    const first = await imageSaveNode.execute(saveContext(files));
    const again = await imageSaveNode.execute(saveContext(files));
    expect(again.display).toEqual(first.display);
    expect([...files.files.keys()]).toEqual(['poster_00001.png']);
  });

  it('leaves the plan chunk out when the image has no source plan', async () => {
    const files = memoryFiles();
    const { plan: _plan, ...bare } = image;
    await imageSaveNode.execute({ ...saveContext(files), inputs: { image: bare } });
    expect([...readPngText(files.files.get('poster_00001.png')!).keys()]).toEqual([
      'tessera:workflow',
      'tessera:run',
    ]);
  });

  it('refuses a prefix that would leave the output folder, writing nothing', async () => {
    const files = memoryFiles();
    const run = imageSaveNode.execute(saveContext(files, { prefix: '../../etc/x' }));
    await expect(run).rejects.toThrow(ParamsError);
    await expect(imageSaveNode.execute(saveContext(files, { prefix: '/abs' }))).rejects.toThrow(
      'param "prefix" must be a file name prefix',
    );
    expect(files.files.size).toBe(0);
  });

  it('writes into a real output folder, and nothing at all when cancelled', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tessera-save-'));
    try {
      const folder = createOutputFolder(root);
      await imageSaveNode.execute(saveContext(folder));
      const controller = new AbortController();
      controller.abort();
      await expect(
        imageSaveNode.execute({ ...saveContext(folder), signal: controller.signal }),
      ).rejects.toThrow();
      const visible = (await readdir(root)).filter((name) => !name.startsWith('.'));
      expect(visible).toEqual(['poster_00001.png']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
