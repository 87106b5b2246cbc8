// The poster with its planner and expander grouped into a component, through the engine with the
// real nodes and model (CPU): it runs as the flat poster does, with the same cache keys and image.
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type WorkflowDocument, groupIntoComponent, zWorkflowDocument } from '@tessera/graph';
import { silentLogger } from '@tessera/inference';
import { createBuiltinRegistry, createOutputFolder, lazyModelAccess } from '@tessera/nodes';
import { TESSERA_TINY_DIR } from '@tessera/nodes/testing';
import { decodePng, readPngText } from '@tessera/png';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import type { EngineEvent } from './events.ts';
import { recorder } from './test-support.ts';

const models = lazyModelAccess(TESSERA_TINY_DIR, { logger: silentLogger });
const registry = createBuiltinRegistry();
const posterJson = readFileSync(join(TESSERA_TINY_DIR, 'workflows/poster.json'), 'utf8');

/** The poster workflow with `diffusion.decode` at 2 steps, to keep the test quick. */
function poster(): WorkflowDocument {
  const doc = zWorkflowDocument.parse(JSON.parse(posterJson));
  const decode = doc.nodes.find((node) => node.type === 'diffusion.decode')!;
  decode.params = { ...decode.params, steps: 2 };
  return doc;
}

/** The poster with `plan` and `expand` as one component node, `planner`. */
function groupedPoster(): WorkflowDocument {
  return groupIntoComponent(poster(), ['plan', 'expand'], registry.catalogue, {
    componentId: 'planner',
    name: 'Plan and expand',
    exposed: [{ node: 'plan', param: 'seed' }],
  });
}

const root = mkdtempSync(join(tmpdir(), 'tessera-engine-components-'));
const engineFor = (name: string) =>
  createEngine({ registry, models, files: createOutputFolder(join(root, name)) });
const started = (events: EngineEvent[]) =>
  events.flatMap((e) => (e.type === 'node-started' ? [e.nodeId] : []));
const savedPng = async (name: string) => {
  const [file] = (await readdir(join(root, name))).filter((f) => f.endsWith('.png'));
  return readFile(join(root, name, file!));
};
const pixelsOf = async (name: string) => decodePng(await savedPng(name)).data;

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the poster with a component', { timeout: 300_000 }, () => {
  const flatEngine = engineFor('flat');

  it('runs the inner nodes under their namespaced ids and paints the flat poster', async () => {
    expect((await flatEngine.run({ workflow: poster() })).status).toBe('succeeded');
    const { events, onEvent } = recorder();
    const result = await engineFor('grouped').run({ workflow: groupedPoster(), onEvent });
    expect(result.failures).toEqual([]);
    expect(started(events)).toEqual(
      expect.arrayContaining(['planner/plan', 'planner/expand', 'decode', 'save']),
    );
    expect(events.some((e) => e.type === 'node-partial' && e.nodeId === 'planner/plan')).toBe(true);
    expect(await pixelsOf('grouped')).toEqual(await pixelsOf('flat'));
  });

  it('saves the document as written in the PNG: the component node and its definition', async () => {
    const embedded = readPngText(await savedPng('grouped')).get('tessera:workflow');
    expect(JSON.parse(embedded!)).toEqual(groupedPoster());
  });

  it('shares the flat poster cache: grouping changes no cache key', async () => {
    const { events, onEvent } = recorder();
    const result = await flatEngine.run({ workflow: groupedPoster(), onEvent });
    expect(result.status).toBe('succeeded');
    expect(started(events)).toEqual([]);
  });

  it('runs an exposed param change as a change of the inner node', async () => {
    const doc = groupedPoster();
    const planner = doc.nodes.find((node) => node.id === 'planner')!;
    planner.params = { seed: 8 };
    const { events, onEvent } = recorder();
    await flatEngine.run({ workflow: doc, onEvent, targets: ['planner/plan'] });
    expect(started(events)).toEqual(['planner/plan']);
  });
});
