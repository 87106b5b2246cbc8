import { describe, expect, it } from 'vitest';
import { type RunSnapshot, applyRunSnapshot } from './run-snapshot.ts';
import { newRun, reduceRunEvent } from './run-state.ts';
import { RUN, ev, planToken } from './run-test-events.ts';

const shape = {
  name: 'Poster',
  order: ['prompt', 'plan', 'decode'],
  types: { prompt: 'prompt', plan: 'ar.plan', decode: 'diffusion.decode' },
  inputs: {},
};

const snapshot = (over: Partial<RunSnapshot> = {}): RunSnapshot => ({
  id: RUN,
  status: 'running',
  error: null,
  errorNodeId: null,
  queuedAt: '2025-01-01T00:00:00.000Z',
  startedAt: '2025-01-01T00:00:01.000Z',
  finishedAt: null,
  nodes: [
    {
      nodeId: 'prompt',
      nodeType: 'prompt',
      status: 'succeeded',
      cached: true,
      error: null,
      startedAt: null,
      finishedAt: '2025-01-01T00:00:01.000Z',
    },
    {
      nodeId: 'plan',
      nodeType: 'ar.plan',
      status: 'running',
      cached: false,
      error: null,
      startedAt: '2025-01-01T00:00:01.000Z',
      finishedAt: null,
    },
  ],
  artifacts: [],
  ...over,
});

describe('applyRunSnapshot', () => {
  it('catches up on events missed before subscribing', () => {
    const run = applyRunSnapshot(newRun(RUN, shape), snapshot());
    expect(run.status).toBe('running');
    expect(run.startedAt).toBe(Date.parse('2025-01-01T00:00:01.000Z'));
    expect(run.nodes.prompt?.status).toBe('cached');
    expect(run.nodes.plan?.status).toBe('running');
    expect(run.nodes.decode?.status).toBe('queued');
  });

  it('never moves a run or node back, and keeps streamed tokens', () => {
    let run = reduceRunEvent(
      newRun(RUN, shape),
      ev(1, { type: 'run-started', order: shape.order }),
    );
    run = reduceRunEvent(run, planToken(2, 0, 5));
    run = reduceRunEvent(
      run,
      ev(3, {
        type: 'node-finished',
        nodeId: 'plan',
        nodeType: 'ar.plan',
        runner: 'r',
        ms: 300,
        artifacts: [{ port: 'plan', artifactId: 'p1', kind: 'token_plan' }],
        cached: false,
      }),
    );
    const merged = applyRunSnapshot(run, snapshot());
    expect(merged.nodes.plan).toMatchObject({ status: 'done', ms: 300 });
    expect(merged.nodes.plan?.plan?.filled).toBe(1);
  });

  it('takes an ended run’s status, error, artifacts, and ends nodes it never reached', () => {
    const run = applyRunSnapshot(
      newRun(RUN, shape),
      snapshot({
        status: 'cancelled',
        finishedAt: '2025-01-01T00:00:05.000Z',
        artifacts: [{ artifactId: 'p1', nodeId: 'plan', port: 'plan', kind: 'token_plan' }],
        nodes: [
          {
            nodeId: 'plan',
            nodeType: 'ar.plan',
            status: 'succeeded',
            cached: false,
            error: null,
            startedAt: '2025-01-01T00:00:01.000Z',
            finishedAt: '2025-01-01T00:00:03.500Z',
          },
        ],
      }),
    );
    expect(run.status).toBe('cancelled');
    expect(run.nodes.plan).toMatchObject({ status: 'done', ms: 2500 });
    expect(run.nodes.plan?.artifacts).toEqual([
      { port: 'plan', artifactId: 'p1', kind: 'token_plan' },
    ]);
    expect(run.nodes.decode?.status).toBe('cancelled');
  });

  it('starts a run it did not know from the snapshot and the document’s shape', () => {
    const run = applyRunSnapshot(undefined, snapshot({ status: 'succeeded' }), shape);
    expect(run.name).toBe('Poster');
    expect(run.order).toEqual(shape.order);
    expect(run.status).toBe('succeeded');
  });
});
