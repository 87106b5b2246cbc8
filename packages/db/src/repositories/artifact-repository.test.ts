import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { asId, type NodeId, type RunId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

const node = (id: string) => asId<NodeId>(id);

describe.each(providers)('ArtifactRepository on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('stores inline bytes with their hash and size, and returns them unchanged', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('art') });
    // A token plan: little-endian uint16 ids, every byte value present.
    const bytes = new Uint8Array(512).map((_, i) => i % 256);
    const created = await t.db.artifacts.create({
      runId: run.id,
      nodeId: node('plan'),
      port: 'plan',
      kind: 'token_plan',
      bytes,
      mimeType: 'application/x-tessera-tplan',
      metadata: { grid: 16, codebook: { model: 'toy', hash: 'abc' } },
      cacheKey: 'sig-1',
    });
    expect(created).toMatchObject({
      kind: 'token_plan',
      size: 512,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      storagePath: null,
      inline: true,
      metadata: { grid: 16, codebook: { model: 'toy', hash: 'abc' } },
    });
    const fetched = await t.db.artifacts.get(created.id);
    expect(fetched?.bytes).toEqual(bytes);
    expect((await t.db.artifacts.findByCacheKey('sig-1')).map((a) => a.id)).toContain(created.id);
  });

  it('stores a reference to the artifact store and lists a run without bytes', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('stored') });
    const hash = 'a'.repeat(64);
    const image = await t.db.artifacts.create({
      runId: run.id,
      nodeId: node('decode'),
      port: 'image',
      kind: 'image',
      storagePath: `runs/${run.id}/decode-image.png`,
      contentHash: hash,
      size: 123_456,
    });
    const plan = await t.db.artifacts.create({
      runId: run.id,
      nodeId: node('plan'),
      port: 'plan',
      kind: 'token_plan',
      bytes: new Uint8Array([1, 2]),
    });

    const listed = await t.db.artifacts.listByRun(run.id);
    expect(listed.map((a) => a.id)).toEqual([image.id, plan.id]);
    expect(listed[0]).toMatchObject({
      inline: false,
      storagePath: `runs/${run.id}/decode-image.png`,
      size: 123_456,
      metadata: null,
    });
    expect(listed[0]).not.toHaveProperty('bytes');
    expect(
      (await t.db.artifacts.listByRun(run.id, { nodeId: node('plan') })).map((a) => a.id),
    ).toEqual([plan.id]);
    expect((await t.db.artifacts.get(image.id))?.bytes).toBeNull();
  });

  it('refuses bad references and unknown runs', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('bad') });
    const base = {
      runId: run.id,
      nodeId: node('n'),
      port: 'image',
      kind: 'image',
      storagePath: 'x.png',
    };
    await expect(
      t.db.artifacts.create({ ...base, contentHash: 'nothex', size: 1 }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      t.db.artifacts.create({ ...base, contentHash: 'b'.repeat(64), size: -1 }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      t.db.artifacts.create({
        ...base,
        runId: asId<RunId>('00000000-0000-4000-8000-000000000000'),
        contentHash: 'b'.repeat(64),
        size: 1,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
