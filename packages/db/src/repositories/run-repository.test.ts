import { describe, expect, it } from 'vitest';
import { InvalidRunTransitionError } from '../errors/invalid-run-transition-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { asId, type NodeId, type RunId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

const node = (id: string) => asId<NodeId>(id);

describe.each(providers)('RunRepository on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('queues a run with a snapshot that later saves of the workflow do not change', async () => {
    const workflow = await t.db.workflows.create({
      name: 'Snap',
      document: workflowDocument('snap', 'first prompt'),
    });
    const run = await t.db.runs.create({
      document: workflow.document,
      workflowId: workflow.id,
      workflowVersion: workflow.version,
    });
    await t.db.workflows.save({
      id: workflow.id,
      expectedVersion: 1,
      document: workflowDocument('snap', 'edited prompt'),
    });

    const stored = await t.db.runs.get(run.id);
    expect(stored).toMatchObject({
      status: 'queued',
      workflowId: workflow.id,
      workflowVersion: 1,
      startedAt: null,
      finishedAt: null,
    });
    expect(stored?.document).toEqual(workflowDocument('snap', 'first prompt'));
  });

  it('moves queued → running → succeeded with timings and the runner', async () => {
    const runner = await t.db.runners.upsert({
      name: `gpu-${provider}`,
      capabilities: { nodeTypes: ['ar.plan'] },
    });
    const run = await t.db.runs.create({ document: workflowDocument('timed') });
    const running = await t.db.runs.start(run.id, { runnerId: runner.id });
    expect(running).toMatchObject({ status: 'running', runnerId: runner.id, finishedAt: null });
    expect(running.startedAt).toBeInstanceOf(Date);
    const done = await t.db.runs.succeed(run.id);
    expect(done.status).toBe('succeeded');
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(done.queuedAt.getTime());
  });

  it('records a failure with the node that caused it', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('broken') });
    await t.db.runs.start(run.id);
    const failed = await t.db.runs.fail(run.id, {
      error: 'decoder ran out of memory',
      nodeId: node('decode'),
    });
    expect(failed).toMatchObject({
      status: 'failed',
      error: 'decoder ran out of memory',
      errorNodeId: 'decode',
    });
    expect(failed.finishedAt).toBeInstanceOf(Date);
  });

  it('refuses transitions out of a finished state and into impossible ones', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('final') });
    await expect(t.db.runs.succeed(run.id)).rejects.toBeInstanceOf(InvalidRunTransitionError);
    await t.db.runs.cancel(run.id);
    await expect(t.db.runs.start(run.id)).rejects.toMatchObject({
      from: 'cancelled',
      to: 'running',
    });
    await expect(t.db.runs.fail(run.id, { error: 'late' })).rejects.toBeInstanceOf(
      InvalidRunTransitionError,
    );
    expect((await t.db.runs.get(run.id))?.status).toBe('cancelled');
    await expect(
      t.db.runs.start(asId<RunId>('00000000-0000-4000-8000-000000000000')),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets only one of two racing reporters finish a run', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('race') });
    await t.db.runs.start(run.id);
    const other = await t.openAnother();
    const results = await Promise.allSettled([
      t.db.runs.succeed(run.id),
      other.runs.cancel(run.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results.filter(
        (r) => r.status === 'rejected' && r.reason instanceof InvalidRunTransitionError,
      ),
    ).toHaveLength(1);
  });

  it('lists runs by workflow and status, newest first', async () => {
    const workflow = await t.db.workflows.create({
      name: 'Listed',
      document: workflowDocument('l'),
    });
    const first = await t.db.runs.create({ document: workflow.document, workflowId: workflow.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await t.db.runs.create({ document: workflow.document, workflowId: workflow.id });
    await t.db.runs.start(second.id);

    expect((await t.db.runs.list({ workflowId: workflow.id })).map((r) => r.id)).toEqual([
      second.id,
      first.id,
    ]);
    expect(
      (await t.db.runs.list({ workflowId: workflow.id, status: 'queued' })).map((r) => r.id),
    ).toEqual([first.id]);
    expect(
      (
        await t.db.runs.list({ workflowId: workflow.id, status: ['queued', 'running'], limit: 1 })
      ).map((r) => r.id),
    ).toEqual([second.id]);
  });

  it('tracks per-node status, timings and cache hits', async () => {
    const run = await t.db.runs.create({
      document: workflowDocument('nodes'),
      nodes: [{ nodeId: node('prompt'), nodeType: 'prompt' }],
    });
    expect(await t.db.runs.listNodes(run.id)).toEqual([
      expect.objectContaining({ nodeId: 'prompt', status: 'pending', cached: false }),
    ]);

    const started = await t.db.runs.updateNode(run.id, node('plan'), {
      status: 'running',
      nodeType: 'ar.plan',
    });
    expect(started.startedAt).toBeInstanceOf(Date);
    const finished = await t.db.runs.updateNode(run.id, node('plan'), { status: 'succeeded' });
    expect(finished).toMatchObject({
      nodeType: 'ar.plan',
      status: 'succeeded',
      startedAt: started.startedAt,
    });
    expect(finished.finishedAt).toBeInstanceOf(Date);

    const cached = await t.db.runs.updateNode(run.id, node('prompt'), {
      status: 'succeeded',
      cached: true,
      cacheKey: 'k1',
    });
    expect(cached).toMatchObject({ cached: true, cacheKey: 'k1', status: 'succeeded' });

    const failed = await t.db.runs.updateNode(run.id, node('decode'), {
      status: 'failed',
      error: 'bad plan',
    });
    expect(failed).toMatchObject({ status: 'failed', error: 'bad plan' });
    expect((await t.db.runs.listNodes(run.id)).map((n) => n.nodeId).sort()).toEqual([
      'decode',
      'plan',
      'prompt',
    ]);
  });

  it('keeps where each node ran: the runner, the server, from start to end', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('placed') });
    await t.db.runs.updateNode(run.id, node('decode'), {
      status: 'running',
      nodeType: 'diffusion.decode',
      runnerName: 'gpu-1',
      serverId: 'web-a:41',
    });
    await t.db.runs.updateNode(run.id, node('decode'), { status: 'succeeded' });
    const [decode] = await t.db.runs.listNodes(run.id);
    expect(decode).toMatchObject({
      status: 'succeeded',
      runnerName: 'gpu-1',
      serverId: 'web-a:41',
    });
    expect(decode!.finishedAt!.getTime()).toBeGreaterThanOrEqual(decode!.startedAt!.getTime());
  });

  it('reports node updates for an unknown run as not found', async () => {
    await expect(
      t.db.runs.updateNode(asId<RunId>('00000000-0000-4000-8000-000000000000'), node('x'), {
        status: 'running',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
