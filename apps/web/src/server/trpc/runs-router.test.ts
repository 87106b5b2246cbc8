import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/graph/testing';
import { createCaller } from './app-router.ts';
import { errorDetails } from './errors.ts';
import { type TestContext, openTestContext, trpcError } from './test-context.ts';

let test: TestContext;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  test = await openTestContext();
  caller = createCaller(test.context);
});

afterAll(async () => {
  await test.close();
});

describe('runs router (hub with no runner)', () => {
  it('queues a valid document and leaves it queued', async () => {
    const { id } = await caller.runs.enqueue({ document: posterWorkflowJson() });
    const run = await caller.runs.get({ id });
    expect(run.status).toBe('queued');
    expect(run.workflowId).toBeNull();
    expect(Array.isArray(run.nodes)).toBe(true);
    expect((await caller.runs.list({ status: 'queued' })).map((r) => r.id)).toContain(id);
  });

  it('links a run to its saved workflow and lists by workflow', async () => {
    const workflow = await caller.workflows.create({
      name: 'Poster',
      document: posterWorkflowJson(),
    });
    const { id } = await caller.runs.enqueue({
      workflowId: workflow.id,
      document: posterWorkflowJson(),
    });
    const listed = await caller.runs.list({ workflowId: workflow.id });
    expect(listed.map((r) => r.id)).toEqual([id]);
    expect(listed[0]?.workflowVersion).toBe(1);
  });

  it('cancels a queued run', async () => {
    const { id } = await caller.runs.enqueue({ document: posterWorkflowJson() });
    expect(await caller.runs.cancel({ id })).toEqual({ cancelled: true, status: 'cancelled' });
    expect((await caller.runs.get({ id })).status).toBe('cancelled');
    expect(await caller.runs.cancel({ id })).toEqual({ cancelled: false, status: 'cancelled' });
    expect((await caller.runs.list({ status: 'cancelled' })).map((r) => r.id)).toContain(id);
  });

  it('refuses an invalid document with BAD_REQUEST and its problems, queuing nothing', async () => {
    const before = (await caller.runs.list()).length;
    const document = posterWorkflowJson() as { nodes: { type: string }[] };
    const first = document.nodes[0];
    if (first) first.type = 'no.such.node';
    const error = await trpcError(caller.runs.enqueue({ document }));
    expect(error.code).toBe('BAD_REQUEST');
    const problems = errorDetails(error.cause).problems ?? [];
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    expect((await caller.runs.list()).length).toBe(before);
  });

  it('answers NOT_FOUND for an unknown run or workflow', async () => {
    expect((await trpcError(caller.runs.get({ id: 'nope' }))).code).toBe('NOT_FOUND');
    expect((await trpcError(caller.runs.cancel({ id: 'nope' }))).code).toBe('NOT_FOUND');
    const missing = caller.runs.enqueue({ workflowId: 'nope', document: posterWorkflowJson() });
    expect((await trpcError(missing)).code).toBe('NOT_FOUND');
  });
});
