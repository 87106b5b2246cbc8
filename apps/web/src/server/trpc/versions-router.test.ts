import { describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

const t = useTestCaller();

/** The poster with the planner's seed set to `seed`. */
function posterWithSeed(seed: number): unknown {
  const doc = posterWorkflowJson() as { nodes: { id: string; params?: object }[] };
  for (const node of doc.nodes) if (node.id === 'plan') node.params = { seed };
  return doc;
}

describe('versions router', () => {
  it('lists versions newest first, opens one, and restores it as a new version', async () => {
    const created = await t.caller.workflows.create({
      name: 'Versions',
      document: posterWithSeed(1),
    });
    await t.caller.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: posterWithSeed(2),
    });

    const listed = await t.caller.versions.list({ id: created.id });
    expect(listed.head).toBe(2);
    expect(listed.versions.map((v) => [v.version, v.kind])).toEqual([
      [2, 'saved'],
      [1, 'created'],
    ]);
    expect(listed.versions[0]).not.toHaveProperty('document');

    const first = await t.caller.versions.get({ id: created.id, version: 1 });
    expect(first.document).toEqual(created.document);

    const restored = await t.caller.versions.restore({
      id: created.id,
      version: 1,
      expectedVersion: 2,
    });
    expect(restored.version).toBe(3);
    expect(restored.document).toEqual(created.document);
    const head = await t.caller.workflows.get({ id: created.id });
    expect(head.document).toEqual(first.document);
    // History is kept: version 2 still holds its own document.
    const second = await t.caller.versions.get({ id: created.id, version: 2 });
    expect(second.document).not.toEqual(first.document);
    expect((await t.caller.versions.list({ id: created.id })).versions).toHaveLength(3);
    // The restore is the caller's save, like any other.
    const third = await t.caller.versions.get({ id: created.id, version: 3 });
    expect(third.authorId).toBe(second.authorId);
    expect(third.authorId).toBe('local');
  });

  it('refuses a restore over a stale version with CONFLICT', async () => {
    const created = await t.caller.workflows.create({ name: 'Stale', document: posterWithSeed(1) });
    await t.caller.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: posterWithSeed(2),
    });
    const stale = t.caller.versions.restore({ id: created.id, version: 1, expectedVersion: 1 });
    expect((await trpcError(stale)).code).toBe('CONFLICT');
    expect((await t.caller.workflows.get({ id: created.id })).version).toBe(2);
  });

  it('answers NOT_FOUND for an unknown workflow or version', async () => {
    const created = await t.caller.workflows.create({
      name: 'Missing',
      document: posterWithSeed(1),
    });
    expect((await trpcError(t.caller.versions.list({ id: 'nope' }))).code).toBe('NOT_FOUND');
    expect((await trpcError(t.caller.versions.get({ id: created.id, version: 9 }))).code).toBe(
      'NOT_FOUND',
    );
    const restore = t.caller.versions.restore({ id: created.id, version: 9, expectedVersion: 1 });
    expect((await trpcError(restore)).code).toBe('NOT_FOUND');
  });
});
