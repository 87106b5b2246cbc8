import { describe, expect, it } from 'vitest';
import { type JsonObject, LOCAL_USER_ID } from '@tessera/db';
import { CURRENT_WORKFLOW_VERSION } from '@tessera/graph';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

const t = useTestCaller();

describe('workflows router', () => {
  it('creates, lists, opens and saves a workflow, bumping its version', async () => {
    const created = await t.caller.workflows.create({
      name: 'Poster',
      document: posterWorkflowJson(),
    });
    expect(created.version).toBe(1);
    expect((await t.caller.workflows.list()).map((w) => w.name)).toContain('Poster');
    const saved = await t.caller.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: posterWorkflowJson(),
    });
    expect(saved.version).toBe(2);
    expect((await t.caller.workflows.get({ id: created.id })).version).toBe(2);
    expect((await t.caller.workflows.versions({ id: created.id })).length).toBe(2);
  });

  it('serves a stored document read: an older version comes migrated to this one', async () => {
    const stored = await t.context.database.workflows.create({
      ownerId: LOCAL_USER_ID,
      name: 'Old',
      description: '',
      document: { ...(posterWorkflowJson() as JsonObject), version: 1 },
    });
    const served = await t.caller.workflows.get({ id: stored.id });
    expect(served.document.version).toBe(CURRENT_WORKFLOW_VERSION);
    const ids = (doc: unknown) => (doc as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect(ids(served.document)).toEqual(ids(posterWorkflowJson()));
  });

  it('refuses a stale save with CONFLICT and keeps the refused document', async () => {
    const created = await t.caller.workflows.create({
      name: 'Race',
      document: posterWorkflowJson(),
    });
    await t.caller.workflows.save({
      id: created.id,
      expectedVersion: 1,
      document: posterWorkflowJson(),
    });
    const error = await trpcError(
      t.caller.workflows.save({
        id: created.id,
        expectedVersion: 1,
        document: posterWorkflowJson(),
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed elsewhere/);
    const kinds = (await t.caller.workflows.versions({ id: created.id })).map((v) => v.kind);
    expect(kinds).toContain('conflict');
  });

  it('refuses a malformed document with its problems and saves nothing', async () => {
    const before = (await t.caller.workflows.list()).length;
    const error = await trpcError(
      t.caller.workflows.create({
        name: 'Bad',
        document: { format: 'tessera.workflow', version: 9, nodes: [], edges: [] },
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/version/i);
    expect((await t.caller.workflows.list()).length).toBe(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect((await trpcError(t.caller.workflows.get({ id: 'nope' }))).code).toBe('NOT_FOUND');
  });

  it('reports health: database reachable, migrations applied, no runners', async () => {
    const health = await t.caller.health.get();
    expect(health.ok).toBe(true);
    expect(health.database).toMatchObject({
      provider: 'sqlite',
      reachable: true,
      migrationsPending: [],
    });
    expect(health.database.migrationsApplied).toBeGreaterThan(0);
    expect(health.runners.connected).toBe(0);
  });
});
