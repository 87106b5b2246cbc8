import { describe, expect, it } from 'vitest';
import { encodeTokenPlan } from '../token-plan/encode-token-plan.ts';
import { examplePlan } from '../testing/token-plan-arbitrary.ts';
import { zJobEvent, zJobFinished, zJobOffer, zRunnerHello } from './runner-events.ts';
import { zRunRef } from './client-events.ts';

const offer = {
  jobId: 'run-1:plan:1',
  runId: 'run-1',
  nodeId: 'plan',
  nodeType: 'ar.plan',
  attempt: 1,
  params: { seed: 7 },
  workflow: { format: 'tessera.workflow', version: 2, nodes: [], edges: [] },
  inputs: { prompt: { type: 'PROMPT', text: 'teal poster' } },
};

const garbage: unknown[] = [
  undefined,
  null,
  42,
  'offer',
  [],
  { jobId: 7 },
  { ...offer, inputs: 'x' },
];

describe('runner events', () => {
  it('fills the advertisement defaults of a minimal hello', () => {
    expect(zRunnerHello.parse({ token: 't', name: 'cpu-1' })).toMatchObject({
      nodeTypes: [],
      providers: ['cpu'],
      models: [],
    });
  });

  it('accepts a job offer and its events', () => {
    expect(zJobOffer.parse(offer).inputs.prompt).toEqual({ type: 'PROMPT', text: 'teal poster' });
    const token = { kind: 'plan-token', index: 0, id: 3, probability: 0.5, width: 16, height: 16 };
    expect(
      zJobEvent.safeParse({ jobId: 'j', event: { type: 'partial', output: token } }).success,
    ).toBe(true);
    const bytes = encodeTokenPlan(examplePlan());
    const finished = zJobFinished.parse({
      jobId: 'j',
      ms: 12,
      outputs: { plan: { type: 'TOKEN_PLAN', bytes } },
    });
    expect(finished.outputs.plan).toEqual({ type: 'TOKEN_PLAN', bytes });
  });

  it('accepts plan tokens in batches, one probability per id', () => {
    const batch = {
      kind: 'plan-tokens',
      index: 8,
      ids: [3, 4, 511],
      probabilities: [0.5, 1, 0.25],
      width: 16,
      height: 16,
    };
    const event = (output: object) => ({ jobId: 'j', event: { type: 'partial', output } });
    expect(zJobEvent.parse(event(batch)).event).toEqual({ type: 'partial', output: batch });
    for (const bad of [
      { ...batch, probabilities: [0.5, 1] },
      { ...batch, ids: [], probabilities: [] },
      { ...batch, ids: [3, 4, 70_000] },
    ])
      expect(zJobEvent.safeParse(event(bad)).success).toBe(false);
  });

  it('carries what image.save wrote, and refuses a saved name that is a path', () => {
    const saved = { name: 'tessera_00003.png', bytes: 1234, width: 1024, height: 1024 };
    const finished = zJobFinished.parse({
      jobId: 'j',
      ms: 5,
      outputs: {},
      display: { kind: 'saved', files: [saved] },
    });
    expect(finished.display).toEqual({ kind: 'saved', files: [saved] });
    expect(zJobFinished.parse({ jobId: 'j', ms: 5, outputs: {} }).display).toBeUndefined();
    for (const display of [
      { kind: 'saved', files: [{ ...saved, name: '../escape.png' }] },
      { kind: 'saved', files: [{ ...saved, width: 0 }] },
      { kind: 'image', files: [] },
    ])
      expect(zJobFinished.safeParse({ jobId: 'j', ms: 5, outputs: {}, display }).success).toBe(
        false,
      );
  });

  it('rejects garbage', () => {
    for (const payload of garbage) {
      expect(zJobOffer.safeParse(payload).success).toBe(false);
      expect(zJobFinished.safeParse(payload).success).toBe(false);
    }
    for (const payload of garbage.slice(0, -1))
      expect(zRunRef.safeParse(payload).success).toBe(false);
    expect(zRunnerHello.safeParse({ name: 'no token' }).success).toBe(false);
    expect(
      zJobEvent.safeParse({ jobId: 'j', event: { type: 'progress', step: -1, total: 2 } }).success,
    ).toBe(false);
  });
});
