import { describe, expect, it } from 'vitest';
import { type NodeId, type RunId, asId } from '@tessera/db';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { errorDetails } from './errors.ts';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

type NodeJson = { id: string; params: Record<string, unknown> };

const t = useTestCaller();

describe('runs router (hub with no runner)', () => {
  it('queues a valid document and leaves it queued', async () => {
    const { id } = await t.caller.runs.enqueue({ document: posterWorkflowJson() });
    const run = await t.caller.runs.get({ id });
    expect(run.status).toBe('queued');
    expect(run.workflowId).toBeNull();
    expect(Array.isArray(run.nodes)).toBe(true);
    expect((await t.caller.runs.list({ status: 'queued' })).map((r) => r.id)).toContain(id);
  });

  it('links a run to its saved workflow and lists by workflow', async () => {
    const workflow = await t.caller.workflows.create({
      name: 'Poster',
      document: posterWorkflowJson(),
    });
    const { id } = await t.caller.runs.enqueue({
      workflowId: workflow.id,
      document: posterWorkflowJson(),
    });
    const listed = await t.caller.runs.list({ workflowId: workflow.id });
    expect(listed.map((r) => r.id)).toEqual([id]);
    expect(listed[0]?.workflowVersion).toBe(1);
  });

  it('cancels a queued run', async () => {
    const { id } = await t.caller.runs.enqueue({ document: posterWorkflowJson() });
    expect(await t.caller.runs.cancel({ id })).toEqual({ cancelled: true, status: 'cancelled' });
    expect((await t.caller.runs.get({ id })).status).toBe('cancelled');
    expect(await t.caller.runs.cancel({ id })).toEqual({ cancelled: false, status: 'cancelled' });
    expect((await t.caller.runs.list({ status: 'cancelled' })).map((r) => r.id)).toContain(id);
  });

  it('refuses an invalid document with BAD_REQUEST and its problems, queuing nothing', async () => {
    const before = (await t.caller.runs.list()).length;
    const document = posterWorkflowJson() as { nodes: { type: string }[] };
    const first = document.nodes[0];
    if (first) first.type = 'no.such.node';
    const error = await trpcError(t.caller.runs.enqueue({ document }));
    expect(error.code).toBe('BAD_REQUEST');
    const problems = errorDetails(error.cause).problems ?? [];
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    expect((await t.caller.runs.list()).length).toBe(before);
  });

  it('queues one run per value of a sweep, in order, each without the sweep', async () => {
    const document = {
      ...(posterWorkflowJson() as object),
      sweep: { node: 'plan', param: 'seed', values: [3, 4, 5] },
    };
    const queued = await t.caller.runs.enqueue({ document });
    expect(queued.ids).toHaveLength(3);
    expect(queued.id).toBe(queued.ids[0]);
    const runs = await Promise.all(queued.ids.map((id) => t.caller.runs.get({ id })));
    const docs = runs.map(
      (run) => run.document as { name: string; sweep?: unknown; nodes: NodeJson[] },
    );
    expect(docs.map((d) => d.name)).toEqual([
      'Poster · seed=3',
      'Poster · seed=4',
      'Poster · seed=5',
    ]);
    expect(docs.map((d) => d.nodes.find((n) => n.id === 'plan')?.params.seed)).toEqual([3, 4, 5]);
    expect(docs.every((d) => d.sweep === undefined)).toBe(true);
    expect(runs.every((run) => run.status === 'queued')).toBe(true);
    // A document without a sweep answers its one run in `ids` too.
    const single = await t.caller.runs.enqueue({ document: posterWorkflowJson() });
    expect(single.ids).toEqual([single.id]);
  });

  it('refuses a sweep whose values do not fit the param, queuing nothing', async () => {
    const before = (await t.caller.runs.list()).length;
    const document = {
      ...(posterWorkflowJson() as object),
      sweep: { node: 'plan', param: 'topP', values: [0.5, 2] },
    };
    const error = await trpcError(t.caller.runs.enqueue({ document }));
    expect(error.code).toBe('BAD_REQUEST');
    const problems = errorDetails(error.cause).problems ?? [];
    expect(problems.map((p) => [p.code, p.path])).toContainEqual([
      'param_out_of_range',
      ['sweep', 'values', 1],
    ]);
    expect((await t.caller.runs.list()).length).toBe(before);
  });

  it('answers NOT_FOUND for an unknown run or workflow', async () => {
    expect((await trpcError(t.caller.runs.get({ id: 'nope' }))).code).toBe('NOT_FOUND');
    expect((await trpcError(t.caller.runs.cancel({ id: 'nope' }))).code).toBe('NOT_FOUND');
    const missing = t.caller.runs.enqueue({ workflowId: 'nope', document: posterWorkflowJson() });
    expect((await trpcError(missing)).code).toBe('NOT_FOUND');
  });

  it('lists newest first, at most `limit`', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await t.caller.runs.enqueue({ document: posterWorkflowJson() })).id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const listed = await t.caller.runs.list({ limit: 2 });
    expect(listed.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect((await t.caller.runs.list()).length).toBeLessThanOrEqual(50);
    expect((await trpcError(t.caller.runs.list({ limit: 0 }))).code).toBe('BAD_REQUEST');
  });

  it("returns each node's status and the run's artifacts, a cached node's from the run that made them", async () => {
    const { database } = t.context;
    const node = (id: string) => asId<NodeId>(id);
    const first = asId<RunId>((await t.caller.runs.enqueue({ document: posterWorkflowJson() })).id);
    const plan = await database.artifacts.create({
      runId: first,
      nodeId: node('plan'),
      port: 'plan',
      kind: 'token_plan',
      bytes: new Uint8Array([1, 2, 3]),
      cacheKey: 'key-of-plan',
    });
    const second = asId<RunId>(
      (await t.caller.runs.enqueue({ document: posterWorkflowJson() })).id,
    );
    await database.runs.updateNode(second, node('plan'), {
      status: 'succeeded',
      nodeType: 'ar.plan',
      cached: true,
      cacheKey: 'key-of-plan',
    });
    await database.runs.updateNode(second, node('decode'), {
      status: 'running',
      nodeType: 'diffusion.decode',
      runnerName: 'decoder-gpu',
      serverId: 'web-b',
    });
    const expand = await database.artifacts.create({
      runId: second,
      nodeId: node('expand'),
      port: 'plan',
      kind: 'token_plan',
      bytes: new Uint8Array([4]),
    });

    const run = await t.caller.runs.get({ id: second });
    expect(run.nodes.map(({ nodeId, status, cached }) => ({ nodeId, status, cached }))).toEqual(
      expect.arrayContaining([
        { nodeId: 'plan', status: 'succeeded', cached: true },
        { nodeId: 'decode', status: 'running', cached: false },
      ]),
    );
    // Where each node runs: its runner and the server driving it (the run's timeline).
    expect(run.nodes.find((n) => n.nodeId === 'decode')).toMatchObject({
      runnerName: 'decoder-gpu',
      serverId: 'web-b',
      startedAt: expect.any(Date) as Date,
    });
    expect(run.artifacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ artifactId: expand.id, nodeId: 'expand', cached: false }),
        expect.objectContaining({
          artifactId: plan.id,
          nodeId: 'plan',
          port: 'plan',
          kind: 'token_plan',
          cached: true,
        }),
      ]),
    );
    expect(run.artifacts).toHaveLength(2);
  });
});
