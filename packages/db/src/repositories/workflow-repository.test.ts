import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { WorkflowConflictError } from '../errors/workflow-conflict-error.ts';
import { asId, type UserId, type WorkflowId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

describe.each(providers)('WorkflowRepository on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('creates a workflow at version 1 with its first state recorded', async () => {
    const created = await t.db.workflows.create({
      name: ' Poster ',
      document: workflowDocument('Poster'),
    });
    expect(created).toMatchObject({
      name: 'Poster',
      description: '',
      version: 1,
      visibility: 'private',
      deletedAt: null,
    });
    expect(await t.db.workflows.get(created.id)).toEqual(created);
    const versions = await t.db.workflows.listVersions(created.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      version: 1,
      baseVersion: null,
      kind: 'created',
      document: workflowDocument('Poster'),
    });
  });

  it('keeps JSON documents intact, nested values and unicode included', async () => {
    const document = {
      ...workflowDocument('Ünïcode “quotes”'),
      extra: { list: [1, 2.5, null, true, 'x'], empty: {} },
    };
    const created = await t.db.workflows.create({ name: 'Json', document });
    expect((await t.db.workflows.get(created.id))?.document).toEqual(document);
  });

  it('saves with the current version, bumps the counter and records every state', async () => {
    const created = await t.db.workflows.create({
      name: 'Saves',
      document: workflowDocument('v1'),
    });
    const second = await t.db.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: workflowDocument('v2'),
    });
    const third = await t.db.workflows.save({
      id: created.id,
      expectedVersion: 2,
      document: workflowDocument('v3'),
      name: 'Saves renamed',
      description: 'now with text',
    });
    expect(second.version).toBe(2);
    expect(third).toMatchObject({
      version: 3,
      name: 'Saves renamed',
      description: 'now with text',
      document: workflowDocument('v3'),
    });
    expect(third.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());

    const versions = await t.db.workflows.listVersions(created.id);
    expect(versions.map((v) => [v.version, v.kind, v.document.name])).toEqual([
      [3, 'saved', 'v3'],
      [2, 'saved', 'v2'],
      [1, 'created', 'v1'],
    ]);
    expect((await t.db.workflows.getVersion(created.id, 2))?.document).toEqual(
      workflowDocument('v2'),
    );
    expect(await t.db.workflows.getVersion(created.id, 9)).toBeNull();
  });

  it('refuses a stale save with a conflict error and keeps the refused document', async () => {
    const created = await t.db.workflows.create({
      name: 'Stale',
      document: workflowDocument('base'),
    });
    await t.db.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: workflowDocument('theirs'),
    });

    const stale = t.db.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: workflowDocument('mine'),
    });
    const error = await stale.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowConflictError);
    const conflict = error as WorkflowConflictError;
    expect(conflict).toMatchObject({
      workflowId: created.id,
      expectedVersion: 1,
      currentVersion: 2,
      code: 'WORKFLOW_CONFLICT',
    });
    expect(conflict.message).toMatch(/changed elsewhere.*version 1.*version 2.*not lost/s);

    const current = await t.db.workflows.get(created.id);
    expect(current).toMatchObject({ version: 2, document: workflowDocument('theirs') });
    const kept = await t.db.workflows.getVersionById(conflict.conflictVersionId);
    expect(kept).toMatchObject({
      kind: 'conflict',
      version: null,
      baseVersion: 1,
      document: workflowDocument('mine'),
    });
    expect((await t.db.workflows.listVersions(created.id)).map((v) => v.kind)).toEqual([
      'conflict',
      'saved',
      'created',
    ]);
  });

  it('reports saving, renaming or deleting an unknown workflow as not found', async () => {
    const missing = asId<WorkflowId>('00000000-0000-4000-8000-000000000000');
    await expect(
      t.db.workflows.save({ id: missing, expectedVersion: 1, document: {} }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.db.workflows.rename(missing, 'x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.db.workflows.delete(missing)).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.db.workflows.get(missing)).toBeNull();
  });

  it('refuses empty names', async () => {
    await expect(t.db.workflows.create({ name: '  ', document: {} })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('renames without touching the document or the version counter', async () => {
    const created = await t.db.workflows.create({
      name: 'Old name',
      document: workflowDocument('doc'),
    });
    const renamed = await t.db.workflows.rename(created.id, 'New name');
    expect(renamed).toMatchObject({
      name: 'New name',
      version: 1,
      document: workflowDocument('doc'),
    });
    // An editor holding version 1 can still save.
    await expect(
      t.db.workflows.save({ id: created.id, expectedVersion: 1, document: {} }),
    ).resolves.toMatchObject({ version: 2 });
  });

  it('soft-deletes: hidden from get, list and share links, history kept, restorable', async () => {
    const created = await t.db.workflows.create({
      name: 'Doomed',
      document: workflowDocument('d'),
      shareSlug: `slug-${provider}`,
    });
    await t.db.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: workflowDocument('d2'),
    });
    expect((await t.db.workflows.getByShareSlug(`slug-${provider}`))?.id).toBe(created.id);

    await t.db.workflows.delete(created.id);
    expect(await t.db.workflows.get(created.id)).toBeNull();
    expect(await t.db.workflows.getByShareSlug(`slug-${provider}`)).toBeNull();
    expect((await t.db.workflows.list()).map((w) => w.id)).not.toContain(created.id);
    expect(
      (await t.db.workflows.get(created.id, { includeDeleted: true }))?.deletedAt,
    ).toBeInstanceOf(Date);
    expect(await t.db.workflows.listVersions(created.id)).toHaveLength(2);
    await expect(
      t.db.workflows.save({ id: created.id, expectedVersion: 2, document: {} }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const restored = await t.db.workflows.restore(created.id);
    expect(restored).toMatchObject({ deletedAt: null, version: 2 });
  });

  it('lists live workflows, most recently updated first, without documents', async () => {
    const a = await t.db.workflows.create({ name: 'List A', document: workflowDocument('a') });
    const b = await t.db.workflows.create({ name: 'List B', document: workflowDocument('b') });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.db.workflows.save({ id: a.id, expectedVersion: 1, document: workflowDocument('a2') });

    const listed = await t.db.workflows.list();
    const ids = listed.map((w) => w.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    expect(listed.find((w) => w.id === a.id)).toEqual(
      expect.objectContaining({ name: 'List A', version: 2 }),
    );
    expect(listed[0]).not.toHaveProperty('document');
    expect(await t.db.workflows.list({ limit: 1 })).toHaveLength(1);
  });

  it('records forks and owners', async () => {
    const user = await t.db.prisma.user.create({
      data: { email: `owner-${provider}@example.test` },
    });
    const original = await t.db.workflows.create({
      name: 'Original',
      document: workflowDocument('o'),
    });
    const fork = await t.db.workflows.create({
      name: 'Fork',
      document: original.document,
      forkedFromId: original.id,
      ownerId: asId<UserId>(user.id),
      visibility: 'unlisted',
    });
    expect(fork).toMatchObject({
      forkedFromId: original.id,
      ownerId: user.id,
      visibility: 'unlisted',
    });
    expect(
      (await t.db.workflows.list({ ownerId: asId<UserId>(user.id) })).map((w) => w.id),
    ).toEqual([fork.id]);
  });
});
