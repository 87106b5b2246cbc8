import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors/not-found-error.ts';
import { asId, type RunId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { finishedPipelineRun, pipelineDocument } from '../testing/pipeline-run.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';
import { runDurationMs } from './run-history.ts';

describe.each(providers)('the run history on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('lists runs newest first with workflow name, duration, outputs and thumbnails', async () => {
    const workflow = await t.db.workflows.create({
      name: 'Gallery',
      document: pipelineDocument('Gallery'),
    });
    const done = await finishedPipelineRun(t.db, workflow.id);
    const failed = await finishedPipelineRun(t.db, null, { fail: true });
    const queued = await t.db.runs.create({
      document: pipelineDocument('q'),
      models: { tiny: 'a'.repeat(64) },
    });

    const history = await t.db.runs.history();
    expect(history.map((r) => r.id)).toEqual([queued.id, failed.runId, done.runId]);
    const [first, second, third] = history;
    expect(first).toMatchObject({ status: 'queued', durationMs: null, outputs: [] });
    expect(first?.models).toEqual({ tiny: 'a'.repeat(64) });
    expect(second).toMatchObject({ status: 'failed', workflowName: null, error: 'boom' });
    expect(third).toMatchObject({
      workflowName: 'Gallery',
      workflowDeleted: false,
      savedImageId: done.upscaled,
      planId: done.plan,
      planPreviewId: done.preview,
      models: {},
    });
    expect(third?.durationMs).toBeGreaterThanOrEqual(0);
    expect(third?.outputs.map((o) => [o.nodeType, o.kind])).toEqual([
      ['ar.plan', 'token_plan'],
      ['plan.preview', 'image'],
      ['diffusion.decode', 'image'],
      ['image.upscale', 'image'],
    ]);
    expect(third?.document).toEqual(pipelineDocument('p'));
  });

  it('filters by workflow and status, and marks a workflow in the trash', async () => {
    const workflow = await t.db.workflows.create({ name: 'W', document: workflowDocument('W') });
    const mine = await finishedPipelineRun(t.db, workflow.id);
    await finishedPipelineRun(t.db, null);
    await finishedPipelineRun(t.db, workflow.id, { fail: true });
    const ids = async (options: Parameters<typeof t.db.runs.history>[0]) =>
      (await t.db.runs.history(options)).map((r) => r.id);
    expect(await ids({ workflowId: workflow.id, status: 'succeeded' })).toEqual([mine.runId]);
    expect(await ids({ workflowId: workflow.id })).toHaveLength(2);
    const finished = await t.db.runs.history({ status: ['succeeded', 'failed'] });
    expect(new Set(finished.map((r) => r.status))).toEqual(new Set(['succeeded', 'failed']));
    await t.db.workflows.delete(workflow.id);
    const [entry] = await t.db.runs.history({ workflowId: workflow.id, status: 'succeeded' });
    expect(entry).toMatchObject({ workflowName: 'W', workflowDeleted: true });
  });

  it('answers the outputs of one run, and NotFound for an unknown one', async () => {
    const done = await finishedPipelineRun(t.db, null);
    expect((await t.db.runs.outputs(done.runId)).map((o) => o.artifactId)).toContain(done.upscaled);
    await expect(t.db.runs.outputs(asId<RunId>('nope'))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('runDurationMs', () => {
  it('measures from start to finish, or to now while running', () => {
    const startedAt = new Date(1_000);
    expect(runDurationMs({ startedAt: null, finishedAt: null })).toBeNull();
    expect(runDurationMs({ startedAt, finishedAt: new Date(3_500) })).toBe(2_500);
    expect(runDurationMs({ startedAt, finishedAt: null }, new Date(1_250))).toBe(250);
  });
});
