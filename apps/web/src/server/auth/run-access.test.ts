import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type JsonObject,
  type NodeId,
  type UserId,
  type WorkflowId,
  WorkflowSharing,
  asId,
} from '@tessera/db';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { type TestContext, openTestContext } from '../trpc/test-context.ts';
import { ANONYMOUS, type Actor } from './actor.ts';
import { mayViewArtifact } from './run-access.ts';

let test: TestContext;
const bob: Actor = {
  kind: 'user',
  userId: asId<UserId>('bob'),
  email: 'bob@example.test',
  displayName: 'Bob',
  sessionId: 's',
  csrfToken: 'c',
};

beforeAll(async () => {
  test = await openTestContext({ accounts: true });
});

afterAll(async () => {
  await test.close();
});

describe('mayViewArtifact', () => {
  it('follows an output taken from the cache into the shared run that showed it', async () => {
    const { database } = test.context;
    const ada = (await database.users.create({ email: 'ada@example.test', passwordHash: 'x' })).id;
    const document = posterWorkflowJson() as JsonObject;
    // An unsaved run makes the plan; the saved workflow's run later takes it from the cache.
    const first = await database.runs.create({ document, ownerId: ada });
    const plan = await database.artifacts.create({
      runId: first.id,
      nodeId: asId<NodeId>('plan'),
      port: 'plan',
      kind: 'token_plan',
      bytes: new Uint8Array([1, 2, 3]),
      cacheKey: `${ada}:k-plan`,
    });
    const workflow = await database.workflows.create({ name: 'W', document, ownerId: ada });
    const second = await database.runs.create({
      document,
      ownerId: ada,
      workflowId: asId<WorkflowId>(workflow.id),
    });
    await database.runs.updateNode(second.id, asId<NodeId>('plan'), {
      status: 'succeeded',
      cached: true,
      cacheKey: `${ada}:k-plan`,
    });

    expect(await mayViewArtifact(database, bob, plan)).toBe(false);
    const sharing = new WorkflowSharing(database.prisma);
    await sharing.setVisibility(workflow.id, 'unlisted');
    expect(await mayViewArtifact(database, bob, plan)).toBe(true);
    expect(await mayViewArtifact(database, ANONYMOUS, plan)).toBe(true);
    await sharing.setVisibility(workflow.id, 'private');
    expect(await mayViewArtifact(database, bob, plan)).toBe(false);
    expect(await mayViewArtifact(database, bob, { ...plan, cacheKey: null })).toBe(false);
  });
});
