// End to end: the bundled poster workflow through the engine with the real nodes and model (CPU).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NodeId, type WorkflowDocument, zWorkflowDocument } from '@tessera/graph';
import { silentLogger } from '@tessera/inference';
import {
  type TokenPlanValue,
  createBuiltinRegistry,
  createOutputFolder,
  lazyModelAccess,
} from '@tessera/nodes';
import { TESSERA_TINY_DIR } from '@tessera/nodes/testing';
import { decodePng, readPngText } from '@tessera/png';
import { decodeTokenPlanBase64, encodeTokenPlan } from '@tessera/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { type Engine, createEngine } from './engine.ts';
import type { EngineEvent } from './events.ts';
import { cacheHits, recorder } from './test-support.ts';

const models = lazyModelAccess(TESSERA_TINY_DIR, { logger: silentLogger });
const registry = createBuiltinRegistry();
const posterJson = readFileSync(join(TESSERA_TINY_DIR, 'workflows/poster.json'), 'utf8');
const manifest = JSON.parse(readFileSync(join(TESSERA_TINY_DIR, 'model.json'), 'utf8')) as {
  stages: Record<string, { sha256?: string }>;
};

/** The poster workflow with `diffusion.decode` at `steps` (low, to keep the test quick). */
function poster(steps: number): WorkflowDocument {
  const doc = zWorkflowDocument.parse(JSON.parse(posterJson));
  const decode = doc.nodes.find((node) => node.type === 'diffusion.decode')!;
  decode.params = { ...decode.params, steps };
  return doc;
}

const root = mkdtempSync(join(tmpdir(), 'tessera-engine-'));
const folder = (name: string) => join(root, name);
const engineFor = (name: string): Engine =>
  createEngine({ registry, models, files: createOutputFolder(folder(name)) });
const executedIn = (events: EngineEvent[]) =>
  events.flatMap((e) => (e.type === 'node-started' ? [e.nodeId] : []));
/** The saved images (the output folder's own bookkeeping, `.tessera-once/`, left out). */
const filesIn = async (name: string) =>
  existsSync(folder(name))
    ? (await readdir(folder(name))).filter((file) => !file.startsWith('.')).sort()
    : [];

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the poster workflow through the engine', { timeout: 300_000 }, () => {
  const first = engineFor('a');
  let firstPng: Uint8Array;

  it('writes a PNG with the workflow, the run manifest and the plan that fed the decoder', async () => {
    const { events, onEvent } = recorder();
    const result = await first.run({ workflow: poster(2), onEvent });
    expect(result.failures).toEqual([]);
    expect(result.status).toBe('succeeded');
    expect(await filesIn('a')).toEqual(['poster_00001.png']);
    firstPng = await readFile(join(folder('a'), 'poster_00001.png'));
    expect(decodePng(firstPng)).toMatchObject({ width: 1024, height: 1024, channels: 3 });

    const texts = readPngText(firstPng);
    expect(JSON.parse(texts.get('tessera:workflow')!)).toEqual(poster(2));
    const run = JSON.parse(texts.get('tessera:run')!) as Record<string, unknown>;
    expect(run).toMatchObject({
      format: 'tessera.run',
      savedBy: 'save',
      model: { id: 'tessera-tiny', revision: 1 },
      seeds: { 'plan.seed': 7, 'expand.seed': 0, 'decode.seed': 0 },
    });
    expect(run.model).toMatchObject({
      files: { 'onnx/planner.onnx': manifest.stages['ar.plan']?.sha256 },
    });
    expect(run.nodes).toContainEqual({
      id: 'decode',
      type: 'diffusion.decode',
      version: 1,
      params: { steps: 2, guidance: 1.5, seed: 0, model: 'tessera-tiny' },
    });
    const fed = result.results.get('expand' as NodeId)?.outputs.plan as TokenPlanValue;
    const embedded = decodeTokenPlanBase64(texts.get('tessera:plan')!);
    expect(encodeTokenPlan(embedded)).toEqual(encodeTokenPlan(fed));

    const tokens = events.filter(
      (e) => e.type === 'node-partial' && e.output.kind === 'plan-token',
    );
    expect(tokens).toHaveLength(256);
    const decodeSteps = events.flatMap((e) =>
      e.type === 'node-progress' && e.nodeId === 'decode' ? [`${e.step}/${e.total}`] : [],
    );
    expect(decodeSteps).toEqual(['1/2', '2/2']);
    expect(result.results.get('plan-view' as NodeId)?.display).toMatchObject({
      kind: 'image',
      image: { width: 256, height: 256 },
    });
  });

  it('after a change to the decoder steps only, reuses the planner and expander', async () => {
    const { events, onEvent } = recorder();
    const result = await first.run({ workflow: poster(3), onEvent });
    expect(result.status).toBe('succeeded');
    expect(cacheHits(events)).toEqual(
      expect.arrayContaining(['prompt', 'plan', 'expand', 'plan-preview', 'plan-view']),
    );
    expect(executedIn(events)).toEqual(['decode', 'upscale', 'save']);
    expect(await filesIn('a')).toEqual(['poster_00001.png', 'poster_00002.png']);
  });

  it('writes no second file when nothing changed', async () => {
    const { events, onEvent } = recorder();
    await first.run({ workflow: poster(3), onEvent });
    expect(executedIn(events)).toEqual([]);
    expect(await filesIn('a')).toEqual(['poster_00001.png', 'poster_00002.png']);
  });

  it('gives byte-identical PNGs for the same workflow and seeds in a fresh engine', async () => {
    const result = await engineFor('b').run({ workflow: poster(2) });
    expect(result.status).toBe('succeeded');
    const again = await readFile(join(folder('b'), 'poster_00001.png'));
    expect(Buffer.compare(again, firstPng)).toBe(0);
  });

  it('cancels during the planner within one token, leaving no file', async () => {
    const controller = new AbortController();
    const events: EngineEvent[] = [];
    const result = await engineFor('c').run({
      workflow: poster(2),
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'node-partial' && event.output.kind === 'plan-token') {
          if (event.output.index === 20) controller.abort();
        }
      },
    });
    expect(result.status).toBe('cancelled');
    expect(events.at(-1)).toMatchObject({ type: 'run-cancelled', nodeId: 'plan' });
    expect(events.filter((e) => e.type === 'node-partial')).toHaveLength(21);
    expect(await filesIn('c')).toEqual([]);
  });

  it('cancels during the decoder within one step, leaving no file', async () => {
    const controller = new AbortController();
    const events: EngineEvent[] = [];
    const result = await first.run({
      workflow: poster(6),
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'node-progress' && event.nodeId === 'decode') controller.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    expect(events.at(-1)).toMatchObject({ type: 'run-cancelled', nodeId: 'decode' });
    expect(events.filter((e) => e.type === 'node-progress' && e.nodeId === 'decode')).toHaveLength(
      1,
    );
    expect(await filesIn('a')).toEqual(['poster_00001.png', 'poster_00002.png']);
  });
});
