import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/not-found-error.ts';
import { WorkflowConflictError } from '../errors/workflow-conflict-error.ts';
import { asId, type WorkflowId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';
import { restoreVersion } from './workflow-restore.ts';
import { WorkflowSharing, newShareSlug } from './workflow-sharing.ts';

describe('newShareSlug', () => {
  it('is 22 base64url characters (128 bits) and different each time', () => {
    const slugs = new Set(Array.from({ length: 200 }, newShareSlug));
    expect(slugs.size).toBe(200);
    for (const slug of slugs) expect(slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe.each(providers)('WorkflowSharing on %s', (provider) => {
  const t = useTestDatabase(provider);
  const sharing = (): WorkflowSharing => new WorkflowSharing(t.db.prisma);
  const create = (name: string) =>
    t.db.workflows.create({
      name,
      description: `${name} described`,
      document: workflowDocument(name),
    });

  it('gives a workflow its slug on first share and keeps it through private and back', async () => {
    const w = await create('Shared');
    expect(w.shareSlug).toBeNull();
    const unlisted = await sharing().setVisibility(w.id, 'unlisted');
    expect(unlisted.visibility).toBe('unlisted');
    expect(unlisted.shareSlug).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const slug = unlisted.shareSlug ?? '';
    expect((await sharing().getShared(slug))?.id).toBe(w.id);

    expect((await sharing().setVisibility(w.id, 'private')).shareSlug).toBe(slug);
    expect(await sharing().getShared(slug)).toBeNull();

    expect((await sharing().setVisibility(w.id, 'public')).shareSlug).toBe(slug);
    expect((await sharing().getShared(slug))?.visibility).toBe('public');
  });

  it('opens nothing for an unknown slug, a never-shared or a deleted workflow', async () => {
    expect(await sharing().getShared('')).toBeNull();
    expect(await sharing().getShared(newShareSlug())).toBeNull();
    const w = await create('Gone');
    const slug = (await sharing().setVisibility(w.id, 'public')).shareSlug ?? '';
    await t.db.workflows.delete(w.id);
    expect(await sharing().getShared(slug)).toBeNull();
    await expect(sharing().setVisibility(w.id, 'public')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('forks a workflow with its provenance, seen from both sides', async () => {
    const original = await create('Original');
    const fork = await sharing().fork(original.id);
    expect(fork).toMatchObject({
      name: 'Original',
      description: 'Original described',
      forkedFromId: original.id,
      visibility: 'private',
      shareSlug: null,
      version: 1,
    });
    expect(fork.id).not.toBe(original.id);
    expect(fork.document).toEqual(original.document);
    expect((await sharing().origin(fork.id))?.id).toBe(original.id);
    expect(await sharing().origin(original.id)).toBeNull();
    expect((await sharing().listForks(original.id)).map((f) => f.id)).toEqual([fork.id]);
    expect(await sharing().countForks(original.id)).toBe(1);

    await t.db.workflows.delete(fork.id);
    expect(await sharing().countForks(original.id)).toBe(0);
    await expect(sharing().fork(asId<WorkflowId>('nope'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists public workflows only in the gallery', async () => {
    const pub = await create('Gallery public');
    const unlisted = await create('Gallery unlisted');
    await create('Gallery private');
    await sharing().setVisibility(pub.id, 'public');
    await sharing().setVisibility(unlisted.id, 'unlisted');
    const names = (await sharing().listPublic()).map((g) => g.name);
    expect(names).toContain('Gallery public');
    expect(names).not.toContain('Gallery unlisted');
    expect(names).not.toContain('Gallery private');
  });

  it('restores an old version as a new save, keeping history', async () => {
    const w = await create('Restore');
    const changed = workflowDocument('Restore', 'another prompt');
    await t.db.workflows.save({ id: w.id, expectedVersion: 1, document: changed });
    const restored = await restoreVersion(t.db.workflows, {
      id: w.id,
      version: 1,
      expectedVersion: 2,
    });
    expect(restored.version).toBe(3);
    expect(restored.document).toEqual(w.document);
    const versions = await t.db.workflows.listVersions(w.id);
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect((await t.db.workflows.getVersion(w.id, 2))?.document).toEqual(changed);

    await expect(
      restoreVersion(t.db.workflows, { id: w.id, version: 2, expectedVersion: 2 }),
    ).rejects.toBeInstanceOf(WorkflowConflictError);
    await expect(
      restoreVersion(t.db.workflows, { id: w.id, version: 99, expectedVersion: 3 }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
