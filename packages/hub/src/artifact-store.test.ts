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
});
