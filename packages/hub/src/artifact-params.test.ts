import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type UserId, asId, openDatabase } from '@tessera/db';
import { bytesToBase64 } from '@tessera/protocol';
import { ParamResolutionError, artifactParamResolver } from './artifact-params.ts';
import { ArtifactStore } from './artifact-store.ts';

let dir: string;
let database: Database;
const planBytes = Uint8Array.of(0x54, 0x50, 0x4c, 0x4e, 1, 2, 3, 4, 5);
let planId: string;
let imageId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tessera-artifact-params-'));
  database = await openDatabase({ url: `file:${path.join(dir, 'test.db')}` });
  const run = await database.runs.create({ document: { format: 'tessera.workflow' } });
  const store = new ArtifactStore(database.artifacts, dir);
  const plan = await store.store(
    run.id,
    'plan',
    'plan',
    { type: 'TOKEN_PLAN', bytes: planBytes },
    undefined,
  );
  const image = await store.store(
    run.id,
    'decode',
    'image',
    { type: 'IMAGE', width: 1, height: 1, channels: 3, data: Uint8Array.of(1, 2, 3) },
    undefined,
  );
  planId = plan?.artifactId ?? '';
  imageId = image?.artifactId ?? '';
});

afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('artifactParamResolver', () => {
  const load = { id: 'load', type: 'plan.load' };
  const run = { ownerId: null };

  it('fills plan.load’s source with the stored plan, which wins over the document’s', async () => {
    const resolve = artifactParamResolver(database.artifacts);
    expect(await resolve(load, { source: 'QUJD', artifact: planId }, run)).toEqual({
      source: bytesToBase64(planBytes),
      artifact: '',
    });
  });

  it('leaves other nodes, and a plan.load without an artifact, as they are', async () => {
    const resolve = artifactParamResolver(database.artifacts);
    expect(await resolve(load, { source: 'QUJD', artifact: '' }, run)).toEqual({
      source: 'QUJD',
      artifact: '',
    });
    expect(await resolve({ id: 'x', type: 'prompt' }, { artifact: planId }, run)).toEqual({
      artifact: planId,
    });
  });

  it('refuses an unknown id or an artifact that is not a token plan, naming it', async () => {
    const resolve = artifactParamResolver(database.artifacts);
    for (const id of ['no-such-artifact', imageId]) {
      const refused = resolve(load, { source: '', artifact: id }, run);
      await expect(refused).rejects.toThrow(ParamResolutionError);
      await expect(refused).rejects.toThrow(`plan.load: there is no token plan artifact ${id}`);
    }
  });

  it('refuses, like a missing one, a plan the run’s owner may not read', async () => {
    const asked: unknown[] = [];
    const resolve = artifactParamResolver(database.artifacts, (artifact, of) => {
      asked.push([artifact.runId, of.ownerId]);
      return Promise.resolve(false);
    });
    const refused = resolve(
      load,
      { source: '', artifact: planId },
      { ownerId: asId<UserId>('bob') },
    );
    await expect(refused).rejects.toThrow(`plan.load: there is no token plan artifact ${planId}`);
    expect(asked).toHaveLength(1);
    expect((asked[0] as unknown[])[1]).toBe('bob');
  });
});
