import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { asId, type NodeId, type WorkflowId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { finishedPipelineRun } from '../testing/pipeline-run.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(providers)('the workflow library on %s', (provider) => {
  const t = useTestDatabase(provider);

  async function seed() {
    const poster = await t.db.workflows.create({
      name: 'Summer Poster',
      description: 'A teal SALE poster',
      tags: ['Poster', ' sale ', 'poster'],
      document: workflowDocument('Summer Poster'),
    });
    await pause();
    const banner = await t.db.workflows.create({
      name: 'banner',
      description: 'wide',
      tags: ['web'],
      document: workflowDocument('banner'),
    });
    await pause();
    const archive = await t.db.workflows.create({
      name: 'Archive',
      tags: ['poster', 'old'],
      document: workflowDocument('Archive'),
    });
    return { poster, banner, archive };
  }

  it('stores tags lower case without duplicates and searches words in any case', async () => {
    const { poster, banner, archive } = await seed();
    expect(poster.tags).toEqual(['poster', 'sale']);
    const names = async (query: Parameters<typeof t.db.workflows.library>[0]) =>
      (await t.db.workflows.library(query)).map((w) => w.name);
    expect(await names({ search: 'POSTER' })).toEqual(['Archive', 'Summer Poster']);
    expect(await names({ search: 'teal sale' })).toEqual(['Summer Poster']);
    expect(await names({ search: 'WEB' })).toEqual(['banner']);
    expect(await names({ search: 'nothing like this' })).toEqual([]);
    expect(await names({ tags: ['Poster'] })).toEqual(['Archive', 'Summer Poster']);
    expect(await names({ tags: ['poster', 'old'] })).toEqual(['Archive']);
    expect(await names({ sort: 'name' })).toEqual(['Archive', 'banner', 'Summer Poster']);
    expect(await names({ sort: 'created' })).toEqual(['Archive', 'banner', 'Summer Poster']);
    await t.db.workflows.rename(poster.id, 'Summer Poster 2');
    expect((await names({}))[0]).toBe('Summer Poster 2');
    await finishedPipelineRun(t.db, banner.id);
    await pause();
    await finishedPipelineRun(t.db, archive.id, { fail: true });
    expect(await names({ sort: 'lastRun' })).toEqual(['Archive', 'banner', 'Summer Poster 2']);
    expect(await names({ limit: 1, sort: 'name' })).toEqual(['Archive']);
  });

  it('shows the last run and the image the latest succeeded run saved', async () => {
    const { poster } = await seed();
    const never = (await t.db.workflows.library({ search: 'summer' }))[0];
    expect(never).toMatchObject({ lastRun: null, thumbnailId: null });

    const first = await finishedPipelineRun(t.db, poster.id, { tag: '1' });
    await pause();
    const failed = await finishedPipelineRun(t.db, poster.id, { fail: true, tag: '2' });
    const entry = (await t.db.workflows.library({ search: 'summer' }))[0];
    expect(entry?.lastRun).toMatchObject({ id: failed.runId, status: 'failed' });
    expect(entry?.lastRun?.finishedAt).toBeInstanceOf(Date);
    // The upscaler feeds image.save: its image, not the decoder's, of the last *succeeded* run.
    expect(entry?.thumbnailId).toBe(first.upscaled);
  });

  it('finds the saved image of a run whose upscaler came from the cache', async () => {
    const { poster } = await seed();
    const earlier = await t.db.runs.create({ document: workflowDocument('x'), workflowId: null });
    const cachedImage = await t.db.artifacts.create({
      runId: earlier.id,
      nodeId: asId<NodeId>('up'),
      port: 'image',
      kind: 'image',
      bytes: new Uint8Array([1, 2, 3]),
      cacheKey: 'key-1',
    });
    const { runId } = await finishedPipelineRun(t.db, poster.id);
    await t.db.artifacts.create({
      runId,
      nodeId: asId<NodeId>('upscale'),
      port: 'image',
      kind: 'image',
      bytes: new Uint8Array([9]),
    });
    const cachedRun = await t.db.runs.create({
      document: (await t.db.runs.get(runId))?.document ?? {},
      workflowId: poster.id,
    });
    await t.db.runs.start(cachedRun.id);
    await t.db.runs.updateNode(cachedRun.id, asId<NodeId>('upscale'), {
      status: 'succeeded',
      cached: true,
      cacheKey: 'key-1',
    });
    await pause();
    await t.db.runs.succeed(cachedRun.id);
    const entry = (await t.db.workflows.library({ search: 'summer' }))[0];
    expect(entry?.thumbnailId).toBe(cachedImage.id);
  });

  it('duplicates as “Copy of …” with the same document, description and tags', async () => {
    const { poster } = await seed();
    const copy = await t.db.workflows.duplicate(poster.id);
    expect(copy.id).not.toBe(poster.id);
    expect(copy).toMatchObject({
      name: 'Copy of Summer Poster',
      description: poster.description,
      tags: poster.tags,
      document: poster.document,
      version: 1,
    });
    await expect(t.db.workflows.duplicate(asId<WorkflowId>('nope'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('updates the description and tags without a new document version', async () => {
    const { poster } = await seed();
    const updated = await t.db.workflows.updateMeta(poster.id, {
      description: ' new words ',
      tags: ['Print', 'A3'],
    });
    expect(updated).toMatchObject({ description: 'new words', tags: ['print', 'a3'], version: 1 });
    expect(await t.db.workflows.listVersions(poster.id)).toHaveLength(1);
    const onlyTags = await t.db.workflows.updateMeta(poster.id, { tags: [] });
    expect(onlyTags).toMatchObject({ description: 'new words', tags: [] });
    await expect(t.db.workflows.updateMeta(poster.id, { tags: ['a,b'] })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('moves a deleted workflow to the trash and restores it from there', async () => {
    const { poster, banner } = await seed();
    await t.db.workflows.delete(poster.id);
    expect((await t.db.workflows.library()).map((w) => w.id)).not.toContain(poster.id);
    const trash = await t.db.workflows.trash();
    expect(trash.map((w) => w.id)).toEqual([poster.id]);
    expect(trash[0]?.deletedAt).toBeInstanceOf(Date);
    await pause();
    await t.db.workflows.delete(banner.id);
    expect((await t.db.workflows.trash()).map((w) => w.id)).toEqual([banner.id, poster.id]);
    await expect(t.db.workflows.updateMeta(poster.id, { tags: ['x'] })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await t.db.workflows.restore(poster.id);
    expect((await t.db.workflows.trash()).map((w) => w.id)).toEqual([banner.id]);
    expect((await t.db.workflows.library()).map((w) => w.id)).toContain(poster.id);
  });
});
