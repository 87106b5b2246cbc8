import { describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

const t = useTestCaller();

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('workflows router: the library', () => {
  it('searches, filters by tag and sorts, each workflow with its tags and last run', async () => {
    const teal = await t.caller.workflows.create({
      name: 'Teal sale',
      document: posterWorkflowJson(),
    });
    await t.caller.workflows.updateMeta({ id: teal.id, description: 'Summer', tags: ['Poster'] });
    await pause();
    const zebra = await t.caller.workflows.create({
      name: 'aardvark',
      document: posterWorkflowJson(),
    });
    await t.caller.runs.enqueue({ workflowId: zebra.id, document: posterWorkflowJson() });

    const found = await t.caller.workflows.list({ search: 'SUMMER' });
    expect(found.map((w) => w.id)).toEqual([teal.id]);
    expect(found[0]).toMatchObject({ tags: ['poster'], lastRun: null, thumbnailId: null });
    expect((await t.caller.workflows.list({ tags: ['POSTER'] })).map((w) => w.id)).toEqual([
      teal.id,
    ]);
    const byName = await t.caller.workflows.list({ sort: 'name' });
    expect(byName.map((w) => w.name)).toEqual(['aardvark', 'Teal sale']);
    const byRun = await t.caller.workflows.list({ sort: 'lastRun' });
    expect(byRun[0]).toMatchObject({ id: zebra.id, lastRun: { status: 'queued' } });
    // Without input, as the editor's Open dialog asks.
    expect((await t.caller.workflows.list()).length).toBe(2);
    expect((await trpcError(t.caller.workflows.list({ sort: 'size' as 'name' }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('duplicates a workflow as “Copy of …” with its document, description and tags', async () => {
    const original = await t.caller.workflows.create({
      name: 'Banner',
      description: 'wide',
      document: posterWorkflowJson(),
    });
    await t.caller.workflows.updateMeta({ id: original.id, tags: ['web', 'Wide'] });
    const copy = await t.caller.workflows.duplicate({ id: original.id });
    expect(copy).toMatchObject({
      name: 'Copy of Banner',
      description: 'wide',
      tags: ['web', 'wide'],
      document: original.document,
      version: 1,
    });
    expect((await trpcError(t.caller.workflows.duplicate({ id: 'nope' }))).code).toBe('NOT_FOUND');
  });

  it('edits the description and tags without a new version; refuses a comma in a tag', async () => {
    const w = await t.caller.workflows.create({ name: 'Meta', document: posterWorkflowJson() });
    const updated = await t.caller.workflows.updateMeta({
      id: w.id,
      description: 'about it',
      tags: [' A ', 'b'],
    });
    expect(updated).toMatchObject({ description: 'about it', tags: ['a', 'b'], version: 1 });
    expect(await t.caller.workflows.versions({ id: w.id })).toHaveLength(1);
    const refused = await trpcError(t.caller.workflows.updateMeta({ id: w.id, tags: ['x,y'] }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/comma/);
  });

  it('deletes to the trash, lists the trash and restores', async () => {
    const w = await t.caller.workflows.create({ name: 'Binned', document: posterWorkflowJson() });
    expect(await t.caller.workflows.delete({ id: w.id })).toEqual({ id: w.id });
    expect((await t.caller.workflows.list()).map((x) => x.id)).not.toContain(w.id);
    expect((await t.caller.workflows.trash()).map((x) => x.id)).toContain(w.id);
    expect((await trpcError(t.caller.workflows.get({ id: w.id }))).code).toBe('NOT_FOUND');
    expect((await trpcError(t.caller.workflows.delete({ id: w.id }))).code).toBe('NOT_FOUND');

    const restored = await t.caller.workflows.restore({ id: w.id });
    expect(restored).toMatchObject({ id: w.id, deletedAt: null });
    expect((await t.caller.workflows.trash()).map((x) => x.id)).not.toContain(w.id);
    expect((await t.caller.workflows.list()).map((x) => x.id)).toContain(w.id);
    expect((await trpcError(t.caller.workflows.restore({ id: w.id }))).code).toBe('NOT_FOUND');
  });
});
