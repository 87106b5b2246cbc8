import { describe, expect, it } from 'vitest';
import { asId, type JsonObject, type NodeId, type RunId, type WorkflowId } from '@tessera/db';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

const t = useTestCaller();

const create = (name: string) =>
  t.caller.workflows.create({ name, document: posterWorkflowJson() });

/** A finished run of `workflowId` that stored one image from `nodeId`. */
async function succeededRunWithImage(workflowId: string, nodeId: string): Promise<string> {
  const { database } = t.context;
  const run = await database.runs.create({
    workflowId: asId<WorkflowId>(workflowId),
    workflowVersion: 1,
    document: posterWorkflowJson() as JsonObject,
  });
  await database.runs.start(run.id);
  const image = await database.artifacts.create({
    runId: asId<RunId>(run.id),
    nodeId: asId<NodeId>(nodeId),
    port: 'image',
    kind: 'image',
    mimeType: 'image/png',
    bytes: new Uint8Array([137, 80, 78, 71]),
  });
  await database.runs.succeed(run.id);
  return image.id;
}

describe('sharing router', () => {
  it('shares with a 128-bit base64url slug that opens a read-only view', async () => {
    const w = await create('Shared poster');
    const shared = await t.caller.sharing.setVisibility({ id: w.id, visibility: 'unlisted' });
    expect(shared.visibility).toBe('unlisted');
    expect(shared.shareSlug).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const view = await t.caller.sharing.get({ slug: shared.shareSlug ?? '' });
    expect(view).toMatchObject({ name: 'Shared poster', visibility: 'unlisted', forkCount: 0 });
    expect(view.document).toEqual(w.document);
    expect(view.latest).toBeNull();
    expect(view.origin).toBeNull();
    expect(view).not.toHaveProperty('id');
  });

  it('answers NOT_FOUND for a private workflow exactly as for an unknown slug', async () => {
    const w = await create('Private again');
    const { shareSlug } = await t.caller.sharing.setVisibility({ id: w.id, visibility: 'public' });
    await t.caller.sharing.setVisibility({ id: w.id, visibility: 'private' });
    const hidden = await trpcError(t.caller.sharing.get({ slug: shareSlug ?? '' }));
    const unknown = await trpcError(t.caller.sharing.get({ slug: 'AAAAAAAAAAAAAAAAAAAAAA' }));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(unknown.code).toBe('NOT_FOUND');
    expect(hidden.message).toBe(unknown.message);
    expect((await trpcError(t.caller.sharing.fork({ slug: shareSlug ?? '' }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('forks a shared workflow, with provenance on the fork and on the original', async () => {
    const original = await create('Origin');
    const { shareSlug } = await t.caller.sharing.setVisibility({
      id: original.id,
      visibility: 'unlisted',
    });
    const fork = await t.caller.sharing.fork({ slug: shareSlug ?? '' });
    expect(fork.id).not.toBe(original.id);
    const opened = await t.caller.workflows.get({ id: fork.id });
    expect(opened).toMatchObject({ name: 'Origin', forkedFromId: original.id });
    expect(opened.document).toEqual(original.document);

    const forkStatus = await t.caller.sharing.status({ id: fork.id });
    expect(forkStatus.origin).toMatchObject({ id: original.id, name: 'Origin' });
    expect(forkStatus.visibility).toBe('private');
    const originalStatus = await t.caller.sharing.status({ id: original.id });
    expect(originalStatus.forks.map((f) => f.id)).toEqual([fork.id]);
    expect(originalStatus.forkCount).toBe(1);
    expect((await t.caller.sharing.get({ slug: shareSlug ?? '' })).forkCount).toBe(1);

    // A stranger sees the origin of a shared fork only while the origin is shared itself.
    const forkLink = await t.caller.sharing.setVisibility({ id: fork.id, visibility: 'unlisted' });
    const seen = await t.caller.sharing.get({ slug: forkLink.shareSlug ?? '' });
    expect(seen.origin).toEqual({ name: 'Origin', shareSlug, shared: true });
    await t.caller.sharing.setVisibility({ id: original.id, visibility: 'private' });
    const hidden = await t.caller.sharing.get({ slug: forkLink.shareSlug ?? '' });
    expect(hidden.origin).toEqual({ name: null, shareSlug: null, shared: false });
  });

  it('lists public workflows in the gallery with their latest image', async () => {
    const pub = await create('Gallery piece');
    const unlisted = await create('Unlisted piece');
    await t.caller.sharing.setVisibility({ id: pub.id, visibility: 'public' });
    await t.caller.sharing.setVisibility({ id: unlisted.id, visibility: 'unlisted' });
    const image = await succeededRunWithImage(pub.id, 'upscale');
    const gallery = await t.caller.sharing.gallery();
    const names = gallery.map((g) => g.name);
    expect(names).toContain('Gallery piece');
    expect(names).not.toContain('Unlisted piece');
    const entry = gallery.find((g) => g.name === 'Gallery piece');
    expect(entry?.imageArtifactId).toBe(image);
    const view = await t.caller.sharing.get({ slug: entry?.shareSlug ?? '' });
    expect(view.latest?.artifacts.map((a) => a.artifactId)).toEqual([image]);
  });

  it('answers NOT_FOUND when sharing an unknown or deleted workflow', async () => {
    const missing = t.caller.sharing.setVisibility({ id: 'nope', visibility: 'public' });
    expect((await trpcError(missing)).code).toBe('NOT_FOUND');
    expect((await trpcError(t.caller.sharing.status({ id: 'nope' }))).code).toBe('NOT_FOUND');
  });
});
