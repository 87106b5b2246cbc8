// Accounts on, two users: every tRPC path to a workflow, its versions, sharing, runs and history
// refuses the other user's private data (NOT_FOUND, so ids do not leak) and anonymous callers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunId, type UserId, type WorkflowId, asId } from '@tessera/db';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { artifactParamResolver } from '@tessera/hub';
import { createCaller } from '../trpc/app-router.ts';
import { type TestContext, as, openTestContext, trpcError } from '../trpc/test-context.ts';
import { ANONYMOUS, type Actor } from './actor.ts';
import { artifactAccessFor } from './run-access.ts';

let test: TestContext;
let ada: Actor;
let bob: Actor;
let workflowId: WorkflowId;
let runId: RunId;

const member = (userId: UserId, name: string): Actor => ({
  kind: 'user',
  userId,
  email: `${name}@example.test`,
  displayName: name,
  sessionId: `session-${name}`,
  csrfToken: `csrf-${name}`,
});
const callerOf = (actor: Actor) => createCaller(as(test.context, actor));

beforeAll(async () => {
  test = await openTestContext({ accounts: true });
  const { users } = test.context.database;
  ada = member((await users.create({ email: 'ada@example.test', passwordHash: 'x' })).id, 'ada');
  bob = member((await users.create({ email: 'bob@example.test', passwordHash: 'x' })).id, 'bob');
  const mine = callerOf(ada);
  const created = await mine.workflows.create({
    name: 'Ada’s poster',
    document: posterWorkflowJson(),
  });
  workflowId = asId<WorkflowId>(created.id);
  await mine.workflows.save({ id: workflowId, expectedVersion: 1, document: posterWorkflowJson() });
  runId = asId<RunId>((await mine.runs.enqueue({ workflowId, document: posterWorkflowJson() })).id);
});

afterAll(async () => {
  await test.close();
});

/** Every procedure that names Ada's workflow or run, as Bob (or anyone) would call it. */
function pathsToAdasData(actor: Actor): Record<string, () => Promise<unknown>> {
  const c = callerOf(actor);
  const id = workflowId;
  return {
    'workflows.get': () => c.workflows.get({ id }),
    'workflows.save': () =>
      c.workflows.save({ id, expectedVersion: 2, document: posterWorkflowJson() }),
    'workflows.rename': () => c.workflows.rename({ id, name: 'mine now' }),
    'workflows.versions': () => c.workflows.versions({ id }),
    'workflows.duplicate': () => c.workflows.duplicate({ id }),
    'workflows.updateMeta': () => c.workflows.updateMeta({ id, description: 'x' }),
    'workflows.delete': () => c.workflows.delete({ id }),
    'workflows.restore': () => c.workflows.restore({ id }),
    'versions.list': () => c.versions.list({ id }),
    'versions.get': () => c.versions.get({ id, version: 1 }),
    'versions.restore': () => c.versions.restore({ id, version: 1, expectedVersion: 2 }),
    'sharing.status': () => c.sharing.status({ id }),
    'sharing.setVisibility': () => c.sharing.setVisibility({ id, visibility: 'public' }),
    'runs.enqueue (her workflow)': () =>
      c.runs.enqueue({ workflowId: id, document: posterWorkflowJson() }),
    'runs.get': () => c.runs.get({ id: runId }),
    'runs.cancel': () => c.runs.cancel({ id: runId }),
    'runs.rerun': () => c.runs.rerun({ id: runId }),
  };
}

describe('authorization with accounts on', () => {
  it('refuses every path to a private workflow and its runs to another user, as not found', async () => {
    for (const [path, call] of Object.entries(pathsToAdasData(bob))) {
      const error = await trpcError(call());
      expect(`${path}: ${error.code}`).toBe(`${path}: NOT_FOUND`);
    }
    // …and nothing changed behind the refusals.
    const head = await callerOf(ada).workflows.get({ id: workflowId });
    expect(head).toMatchObject({ name: 'Ada’s poster', version: 2, visibility: 'private' });
    expect((await callerOf(ada).runs.get({ id: runId })).status).toBe('queued');
  });

  it('keeps her workflows, trash, runs and history out of his lists', async () => {
    const his = callerOf(bob);
    expect((await his.workflows.list()).map((w) => w.id)).not.toContain(workflowId);
    expect(await his.workflows.trash()).toEqual([]);
    expect((await his.runs.list()).map((r) => r.id)).not.toContain(runId);
    expect((await his.runs.history()).map((r) => r.id)).not.toContain(runId);
    const hers = callerOf(ada);
    expect((await hers.workflows.list()).map((w) => w.id)).toContain(workflowId);
    expect((await hers.runs.history()).map((r) => r.id)).toContain(runId);
  });

  it('asks anonymous callers to sign in, and gives them only what is public', async () => {
    for (const [path, call] of Object.entries(pathsToAdasData(ANONYMOUS))) {
      const code = (await trpcError(call())).code;
      expect(`${path}: ${code}`).toMatch(/: (UNAUTHORIZED|NOT_FOUND)$/);
    }
    const anyone = callerOf(ANONYMOUS);
    expect((await trpcError(anyone.workflows.list())).code).toBe('UNAUTHORIZED');
    expect((await trpcError(anyone.runs.enqueue({ document: posterWorkflowJson() }))).code).toBe(
      'UNAUTHORIZED',
    );
    expect(await anyone.sharing.gallery()).toEqual([]);
  });

  it('opens a shared workflow and its run read-only to others; a fork is theirs', async () => {
    const hers = callerOf(ada);
    const { shareSlug } = await hers.sharing.setVisibility({
      id: workflowId,
      visibility: 'unlisted',
    });
    expect(shareSlug).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    const his = callerOf(bob);
    expect((await his.sharing.get({ slug: shareSlug! })).name).toBe('Ada’s poster');
    expect((await his.runs.get({ id: runId })).id).toBe(runId);
    // Shared is not editable.
    expect((await trpcError(his.workflows.rename({ id: workflowId, name: 'x' }))).code).toBe(
      'NOT_FOUND',
    );
    const fork = await his.sharing.fork({ slug: shareSlug! });
    const forked = await his.workflows.get({ id: asId<WorkflowId>(fork.id) });
    expect(forked.ownerId).toBe(bob.kind === 'user' ? bob.userId : null);
    expect((await trpcError(hers.workflows.get({ id: asId<WorkflowId>(fork.id) }))).code).toBe(
      'NOT_FOUND',
    );
    await hers.sharing.setVisibility({ id: workflowId, visibility: 'private' });
    expect((await trpcError(his.sharing.get({ slug: shareSlug! }))).code).toBe('NOT_FOUND');
    expect((await trpcError(his.runs.get({ id: runId }))).code).toBe('NOT_FOUND');
  });

  it('shows neither his private fork to her nor her since-privatised original to him', async () => {
    const hers = callerOf(ada);
    const original = await hers.workflows.create({
      name: 'Ada’s secret plan',
      document: posterWorkflowJson(),
    });
    const { shareSlug } = await hers.sharing.setVisibility({
      id: original.id,
      visibility: 'public',
    });
    const his = callerOf(bob);
    const fork = await his.sharing.fork({ slug: shareSlug! });
    await his.workflows.rename({ id: fork.id, name: 'Bob’s private notes' });
    const shown = await his.sharing.status({ id: fork.id });
    expect(shown.origin).toMatchObject({ id: original.id, name: 'Ada’s secret plan' });
    expect((await hers.sharing.status({ id: original.id })).forks).toEqual([]);

    await hers.sharing.setVisibility({ id: original.id, visibility: 'private' });
    await hers.workflows.rename({ id: original.id, name: 'Ada’s renamed secret' });
    const after = await his.sharing.status({ id: fork.id });
    expect(after).toMatchObject({ origin: null, originHidden: true });
    expect(JSON.stringify(after)).not.toContain('secret');
    const theirs = await hers.sharing.status({ id: original.id });
    expect(theirs.forkCount).toBe(1);
    expect(JSON.stringify(theirs)).not.toContain('Bob’s private notes');
  });

  it('refuses a signed-in user’s mutation without the session’s CSRF token', async () => {
    const forged = createCaller({ ...as(test.context, ada), csrfOk: false });
    const error = await trpcError(forged.workflows.rename({ id: workflowId, name: 'forged' }));
    expect(error.code).toBe('FORBIDDEN');
    expect((await callerOf(ada).workflows.get({ id: workflowId })).name).toBe('Ada’s poster');
  });

  it('reads a stored plan for plan.load only for a run owner who may see it', async () => {
    const { database } = test.context;
    const plan = await database.artifacts.create({
      runId,
      nodeId: asId('plan'),
      port: 'plan',
      kind: 'token_plan',
      bytes: new Uint8Array([1, 2, 3]),
    });
    const resolve = artifactParamResolver(database.artifacts, artifactAccessFor(database, true));
    const load = { id: 'load', type: 'plan.load' };
    const params = { source: '', artifact: plan.id };
    const userOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);
    expect(await resolve(load, params, { ownerId: userOf(ada) })).toEqual({
      source: 'AQID',
      artifact: '',
    });
    await expect(resolve(load, params, { ownerId: userOf(bob) })).rejects.toThrow(
      `there is no token plan artifact ${plan.id}`,
    );
  });

  it('lets plan.load read a cached plan a shared workflow’s run shows, as its URL does', async () => {
    const { database } = test.context;
    const hers = callerOf(ada);
    const adaId = ada.kind === 'user' ? ada.userId : null;
    // Made by a run of an unsaved document (hers alone), then reused from the cache by a run
    // of her shared workflow: the share page shows it, so anyone may download and load it.
    const made = await hers.runs.enqueue({ document: posterWorkflowJson() });
    const cacheKey = `${adaId}:plan-key`;
    const plan = await database.artifacts.create({
      runId: asId<RunId>(made.id),
      nodeId: asId('plan'),
      port: 'plan',
      kind: 'token_plan',
      bytes: new Uint8Array([4, 5, 6]),
      cacheKey,
    });
    const shared = await hers.workflows.create({ name: 'Shared', document: posterWorkflowJson() });
    const showing = await hers.runs.enqueue({
      workflowId: shared.id,
      document: posterWorkflowJson(),
    });
    await database.runs.updateNode(asId<RunId>(showing.id), asId('plan'), {
      status: 'succeeded',
      cached: true,
      cacheKey,
    });
    const resolve = artifactParamResolver(database.artifacts, artifactAccessFor(database, true));
    const load = { id: 'load', type: 'plan.load' };
    const params = { source: '', artifact: plan.id };
    const bobId = bob.kind === 'user' ? bob.userId : null;
    await expect(resolve(load, params, { ownerId: bobId })).rejects.toThrow('no token plan');
    await hers.sharing.setVisibility({ id: shared.id, visibility: 'unlisted' });
    expect(await resolve(load, params, { ownerId: bobId })).toEqual({
      source: 'BAUG',
      artifact: '',
    });
  });
});
