import type { RunEvent } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { runFraction } from './run-progress.ts';
import { type RunState, newRun, reduceRunEvent } from './run-state.ts';
import { RUN, ev, planToken } from './run-test-events.ts';

const shape = {
  name: 'Poster',
  order: ['prompt', 'plan', 'decode', 'save'],
  types: { prompt: 'prompt', plan: 'ar.plan', decode: 'diffusion.decode', save: 'image.save' },
  inputs: { plan: { prompt: 'prompt' }, decode: { plan: 'plan' }, save: { image: 'decode' } },
};

const replay = (events: RunEvent[], from?: RunState): RunState =>
  events.reduce<RunState | undefined>(reduceRunEvent, from) as RunState;

describe('reduceRunEvent', () => {
  it('follows a run from queued to succeeded, node by node', () => {
    let run = newRun(RUN, shape, 1);
    expect(run.status).toBe('queued');
    expect(Object.values(run.nodes).map((n) => n.status)).toEqual(Array(4).fill('queued'));

    run = replay(
      [
        ev(10, { type: 'run-started', order: shape.order }),
        ev(11, {
          type: 'node-finished',
          nodeId: 'prompt',
          nodeType: 'prompt',
          runner: '',
          ms: 0,
          artifacts: [],
          cached: true,
        }),
        ev(12, {
          type: 'node-started',
          nodeId: 'decode',
          nodeType: 'diffusion.decode',
          runner: 'r1',
          attempt: 1,
        }),
        ev(13, {
          type: 'node-progress',
          nodeId: 'decode',
          nodeType: 'diffusion.decode',
          step: 5,
          total: 20,
        }),
      ],
      run,
    );
    expect(run.status).toBe('running');
    expect(run.startedAt).toBe(10);
    expect(run.nodes.prompt?.status).toBe('cached');
    expect(run.nodes.decode).toMatchObject({
      status: 'running',
      step: 5,
      total: 20,
      startedAt: 12,
    });

    run = replay(
      [
        ev(20, {
          type: 'node-finished',
          nodeId: 'decode',
          nodeType: 'diffusion.decode',
          runner: 'r1',
          ms: 800,
          artifacts: [{ port: 'image', artifactId: 'a1', kind: 'image' }],
          cached: false,
        }),
        ev(21, {
          type: 'node-finished',
          nodeId: 'save',
          nodeType: 'image.save',
          runner: 'r1',
          ms: 30,
          artifacts: [],
          cached: false,
          display: { kind: 'saved', files: [{ name: 'x.png', bytes: 9, width: 1, height: 1 }] },
        }),
        ev(22, { type: 'run-finished' }),
      ],
      run,
    );
    expect(run.nodes.decode).toMatchObject({ status: 'done', ms: 800, finishedAt: 20 });
    expect(run.nodes.decode?.artifacts[0]?.artifactId).toBe('a1');
    expect(run.nodes.save?.display?.files[0]?.name).toBe('x.png');
    expect(run).toMatchObject({ status: 'succeeded', finishedAt: 22 });
  });

  it('fills the plan token by token, counting each index once', () => {
    let run = replay([planToken(1, 0, 7), planToken(2, 1, 9), planToken(3, 1, 9)]);
    const plan = run.nodes.plan?.plan;
    expect(plan?.filled).toBe(2);
    expect([...(plan?.ids.slice(0, 3) ?? [])]).toEqual([7, 9, 0]);
    expect([...(plan?.known.slice(0, 3) ?? [])]).toEqual([1, 1, 0]);
    // A run started by a node event alone is running.
    expect(run.status).toBe('running');

    const before = run.nodes.plan?.plan;
    run = reduceRunEvent(run, planToken(4, 255, 3));
    expect(run.nodes.plan?.plan?.filled).toBe(3);
    // Earlier states are left untouched (the store relies on new objects per change).
    expect(before?.filled).toBe(2);
    expect(before?.known[255]).toBe(0);
  });

  it('fills the plan from batches of tokens as it does token by token', () => {
    const ids = [7, 9, 11, 13];
    const oneByOne = replay(ids.map((id, index) => planToken(index + 1, 10 + index, id)));
    const batch = (index: number): RunEvent =>
      ev(1, {
        type: 'node-partial',
        nodeId: 'plan',
        nodeType: 'ar.plan',
        output: {
          kind: 'plan-tokens',
          index,
          ids,
          probabilities: [0.5, 0.5, 0.5, 0.5],
          width: 16,
          height: 16,
        },
      });
    const batched = replay([batch(10)]).nodes.plan?.plan;
    expect(batched).toEqual(oneByOne.nodes.plan?.plan);
    expect(batched?.filled).toBe(4);
    // Tokens past the end of the grid are dropped; known ones are not counted twice.
    expect(replay([batch(10), batch(10), batch(254)]).nodes.plan?.plan?.filled).toBe(6);
  });

  it('keeps the latest decoder preview as RGBA', () => {
    const run = reduceRunEvent(
      undefined,
      ev(1, {
        type: 'node-partial',
        nodeId: 'decode',
        nodeType: 'diffusion.decode',
        output: {
          kind: 'image-preview',
          step: 3,
          steps: 20,
          image: {
            type: 'IMAGE',
            width: 2,
            height: 1,
            channels: 3,
            data: Uint8Array.of(1, 2, 3, 4, 5, 6),
          },
        },
      }),
    );
    const preview = run.nodes.decode?.preview;
    expect(preview).toMatchObject({ width: 2, height: 1, step: 3, steps: 20 });
    expect([...(preview?.rgba ?? [])]).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
  });

  it('reports a failure where it happened and skips what depended on it', () => {
    const run = replay(
      [
        ev(1, { type: 'run-started', order: shape.order }),
        ev(2, {
          type: 'node-started',
          nodeId: 'plan',
          nodeType: 'ar.plan',
          runner: 'r',
          attempt: 1,
        }),
        ev(3, {
          type: 'node-failed',
          nodeId: 'plan',
          nodeType: 'ar.plan',
          message: 'out of memory',
        }),
        ev(4, {
          type: 'node-skipped',
          nodeId: 'decode',
          nodeType: 'diffusion.decode',
          blockedBy: 'plan',
        }),
        ev(5, { type: 'run-failed', error: 'Node "plan" failed: out of memory', nodeId: 'plan' }),
      ],
      newRun(RUN, shape),
    );
    expect(run).toMatchObject({ status: 'failed', errorNodeId: 'plan' });
    expect(run.nodes.plan).toMatchObject({ status: 'failed', error: 'out of memory' });
    expect(run.nodes.decode?.status).toBe('skipped');
    // Nodes the hub never reached end as skipped too.
    expect(run.nodes.prompt?.status).toBe('skipped');
  });

  it('marks unfinished nodes cancelled when the run is cancelled', () => {
    const run = replay(
      [
        ev(1, { type: 'run-started', order: shape.order }),
        ev(2, {
          type: 'node-finished',
          nodeId: 'prompt',
          nodeType: 'prompt',
          runner: 'r',
          ms: 1,
          artifacts: [],
          cached: false,
        }),
        ev(3, {
          type: 'node-started',
          nodeId: 'plan',
          nodeType: 'ar.plan',
          runner: 'r',
          attempt: 1,
        }),
        ev(4, { type: 'run-cancelled' }),
      ],
      newRun(RUN, shape),
    );
    expect(run.status).toBe('cancelled');
    expect(Object.fromEntries(Object.entries(run.nodes).map(([id, n]) => [id, n.status]))).toEqual({
      prompt: 'done',
      plan: 'cancelled',
      decode: 'cancelled',
      save: 'cancelled',
    });
  });

  it('puts a node back in the queue with its next attempt after a lost runner', () => {
    const run = replay([
      ev(1, { type: 'node-started', nodeId: 'plan', nodeType: 'ar.plan', runner: 'r', attempt: 1 }),
      ev(2, {
        type: 'node-retry',
        nodeId: 'plan',
        nodeType: 'ar.plan',
        reason: 'runner lost',
        attempt: 1,
      }),
    ]);
    expect(run.nodes.plan).toMatchObject({ status: 'queued', attempt: 2 });
  });
});

describe('runFraction', () => {
  it('counts finished and cached nodes, plus the running node’s share', () => {
    const run = replay(
      [
        ev(1, { type: 'run-started', order: shape.order }),
        ev(2, {
          type: 'node-finished',
          nodeId: 'prompt',
          nodeType: 'prompt',
          runner: '',
          ms: 0,
          artifacts: [],
          cached: true,
        }),
        ev(3, {
          type: 'node-started',
          nodeId: 'plan',
          nodeType: 'ar.plan',
          runner: 'r',
          attempt: 1,
        }),
        ev(4, {
          type: 'node-progress',
          nodeId: 'plan',
          nodeType: 'ar.plan',
          step: 128,
          total: 256,
        }),
      ],
      newRun(RUN, shape),
    );
    expect(runFraction(run)).toBeCloseTo((1 + 0.5) / 4);
    expect(runFraction(reduceRunEvent(run, ev(5, { type: 'run-finished' })))).toBe(1);
  });
});
