import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@tessera/db';
import { decodePng } from '@tessera/png';
import { ArtifactStore } from './artifact-store.ts';

let dir: string;
let database: Database;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tessera-artifacts-'));
  database = await openDatabase({ url: `file:${path.join(dir, 'test.db')}` });
});

afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ArtifactStore', () => {
  it('writes images as PNG files under the data folder and records them', async () => {
    const run = await database.runs.create({ document: { format: 'tessera.workflow' } });
    const data = Uint8Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 37) & 0xff);
    const store = new ArtifactStore(database.artifacts, dir);
    const ref = await store.store(
      run.id,
      'decode',
      'image',
      { type: 'IMAGE', width: 4, height: 3, channels: 3, data },
      'key-1',
    );
    expect(ref?.kind).toBe('image');
    const [record] = await database.artifacts.listByRun(run.id);
    expect(record?.mimeType).toBe('image/png');
    expect(record?.storagePath).toMatch(/\.png$/);
    const png = readFileSync(path.join(dir, record?.storagePath ?? ''));
    expect(decodePng(new Uint8Array(png))).toEqual({ width: 4, height: 3, channels: 3, data });
  });

  it('gives a node executed again in the same run the artifact it stored, not a second one', async () => {
    const run = await database.runs.create({ document: { format: 'tessera.workflow' } });
    const store = new ArtifactStore(database.artifacts, dir);
    const image = {
      type: 'IMAGE' as const,
      width: 2,
      height: 1,
      channels: 3 as const,
      data: Uint8Array.from([1, 2, 3, 4, 5, 6]),
    };
    const plan = { type: 'TOKEN_PLAN' as const, bytes: Uint8Array.from([7, 8]) };
    const first = [
      await store.store(run.id, 'decode', 'image', image, 'k'),
      await store.store(run.id, 'plan', 'plan', plan, 'k2'),
    ];
    const again = [
      await store.store(run.id, 'decode', 'image', image, 'k'),
      await store.store(run.id, 'plan', 'plan', plan, 'k2'),
    ];
    expect(again).toEqual(first);
    expect(await database.artifacts.listByRun(run.id)).toHaveLength(2);
    const other = await database.runs.create({ document: { format: 'tessera.workflow' } });
    const elsewhere = await store.store(other.id, 'decode', 'image', image, 'k');
    expect(elsewhere?.artifactId).not.toBe(first[0]?.artifactId);
  });
});
