import { describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { useTestCaller } from './test-caller.ts';
import { trpcError } from './test-context.ts';

const t = useTestCaller();

const sha = (c: string) => c.repeat(64);

/** A runner as the runner namespace registers one (the hub in tests has no socket server). */
function connect(connectionId: string, modelSha256: string): void {
  t.context.runners.add({
    connectionId,
    name: `runner-${connectionId}`,
    connectedAt: new Date(),
    nodeTypes: ['prompt', 'ar.plan', 'plan.expand', 'diffusion.decode', 'image.upscale'],
    providers: ['cpu'],
    models: [{ id: 'tessera-tiny', revision: 1, sha256: modelSha256 }],
  });
}

describe('runs router: history and re-run (hub with no runner executing)', () => {
  it('records the model packages at enqueue and flags them once a runner holds others', async () => {
    connect('one', sha('a'));
    const { id } = await t.caller.runs.enqueue({ document: posterWorkflowJson() });
    expect(await t.caller.runs.get({ id })).toMatchObject({
      models: { 'tessera-tiny': sha('a') },
      modelsChanged: [],
    });
    t.context.runners.remove('one');
    connect('two', sha('b'));
    expect((await t.caller.runs.get({ id })).modelsChanged).toEqual(['tessera-tiny']);
    const [entry] = await t.caller.runs.history({ limit: 1 });
    expect(entry).toMatchObject({ id, modelsChanged: ['tessera-tiny'] });
    t.context.runners.remove('two');
  });

  it('re-runs the exact snapshot with the same workflow, whatever the workflow became', async () => {
    const workflow = await t.caller.workflows.create({
      name: 'Snap',
      document: posterWorkflowJson(),
    });
    const { id } = await t.caller.runs.enqueue({
      workflowId: workflow.id,
      document: posterWorkflowJson(),
    });
    const edited = posterWorkflowJson() as { name: string };
    edited.name = 'Edited later';
    await t.caller.workflows.save({ id: workflow.id, expectedVersion: 1, document: edited });

    const again = await t.caller.runs.rerun({ id });
    expect(again.rerunOf).toBe(id);
    expect(again.id).not.toBe(id);
    const [original, rerun] = await Promise.all([
      t.caller.runs.get({ id }),
      t.caller.runs.get({ id: again.id }),
    ]);
    expect(rerun.document).toEqual(original.document);
    expect(rerun).toMatchObject({ workflowId: workflow.id, workflowVersion: 1, status: 'queued' });
    expect((await trpcError(t.caller.runs.rerun({ id: 'nope' }))).code).toBe('NOT_FOUND');
  });

  it('lists the history by workflow and status, with the snapshot and outputs', async () => {
    const workflow = await t.caller.workflows.create({
      name: 'Hist',
      document: posterWorkflowJson(),
    });
    const { id } = await t.caller.runs.enqueue({
      workflowId: workflow.id,
      document: posterWorkflowJson(),
    });
    const other = await t.caller.runs.enqueue({ document: posterWorkflowJson() });
    await t.caller.runs.cancel({ id: other.id });

    const mine = await t.caller.runs.history({ workflowId: workflow.id });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      id,
      workflowName: 'Hist',
      status: 'queued',
      durationMs: null,
      outputs: [],
      savedImageId: null,
      modelsChanged: [],
    });
    // The snapshot: the document as queued (validated, defaults filled in).
    expect(mine[0]?.document).toEqual((await t.caller.runs.get({ id })).document);
    expect(mine[0]?.document).toMatchObject({ format: 'tessera.workflow', name: 'Poster' });
    const cancelled = await t.caller.runs.history({ status: ['cancelled'] });
    expect(cancelled.map((r) => r.id)).toContain(other.id);
    expect(cancelled.every((r) => r.status === 'cancelled')).toBe(true);
    expect((await t.caller.runs.history({ status: ['succeeded', 'failed'] })).length).toBe(0);
    expect((await trpcError(t.caller.runs.history({ limit: 0 }))).code).toBe('BAD_REQUEST');
  });
});
