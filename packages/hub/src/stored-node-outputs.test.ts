// Node outputs kept in a real SQLite database and artifact folder read back as the wire values
// the node produced; an entry whose files are gone reads as a miss and is forgotten.
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '@tessera/db';
import type { ArtifactRef, WireValues } from '@tessera/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactStore } from './artifact-store.ts';
import { StoredNodeOutputs, toStoredOutputs } from './stored-node-outputs.ts';

describe('StoredNodeOutputs', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-stored-outputs-'));
  let database: Database;
  let store: ArtifactStore;
  let stored: StoredNodeOutputs;

  beforeAll(async () => {
    database = await openDatabase({ url: `file:${path.join(dir, 'tessera.db')}` });
    store = new ArtifactStore(database.artifacts, dir);
    stored = new StoredNodeOutputs(database.nodeOutputs, database.artifacts, dir);
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function kept(nodeId: string, outputs: WireValues) {
    const run = await database.runs.create({ document: { nodes: [] } });
    const artifacts: ArtifactRef[] = [];
    for (const [port, value] of Object.entries(outputs)) {
      const ref = await store.store(run.id, nodeId, port, value, `key-${nodeId}`);
      if (ref) artifacts.push(ref);
    }
    const origin = { cacheKey: `key-${nodeId}`, ownerId: null, runId: run.id, nodeId };
    expect(await stored.save(origin, { outputs, artifacts })).toBe(true);
    return { run, artifacts };
  }

  it('reads back images (pixels and source plan), plans and text as they were', async () => {
    const outputs: WireValues = {
      image: {
        type: 'IMAGE',
        width: 3,
        height: 2,
        channels: 3,
        data: Uint8Array.from({ length: 18 }, (_, i) => i * 13),
        plan: Uint8Array.from([9, 8, 7]),
      },
      plan: { type: 'TOKEN_PLAN', bytes: Uint8Array.from([1, 2, 3, 4]) },
      prompt: { type: 'PROMPT', text: 'teal poster' },
    };
    const { artifacts } = await kept('decode', outputs);
    const back = await stored.load('key-decode');
    expect(back?.artifacts).toEqual(artifacts);
    expect(back?.outputs).toEqual(outputs);
    expect(await stored.load('key-unknown')).toBeUndefined();
  });

  it('keeps nothing for an output it could not read back, and forgets an entry whose file is gone', async () => {
    expect(
      toStoredOutputs({
        outputs: { plan: { type: 'TOKEN_PLAN', bytes: new Uint8Array([1]) } },
        artifacts: [],
      }),
    ).toBeUndefined();
    const { run } = await kept('upscale', {
      image: { type: 'IMAGE', width: 1, height: 1, channels: 4, data: new Uint8Array(4) },
    });
    await rm(path.join(dir, 'artifacts', run.id), { recursive: true });
    expect(await stored.load('key-upscale')).toBeUndefined();
    expect(await database.nodeOutputs.get('key-upscale')).toBeNull();
  });
});
