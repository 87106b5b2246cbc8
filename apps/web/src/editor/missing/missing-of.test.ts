import type { WorkflowDocument } from '@tessera/graph';
import type { RunnerSummary } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../model/catalogue.ts';
import { missingBlocker, missingOf } from './missing-of.ts';

const SHA = 'a'.repeat(64);
const allTypes = catalogue.list().map((spec) => spec.type);

const doc = (model?: string, pins?: Record<string, string>): WorkflowDocument => ({
  format: 'tessera.workflow',
  version: 2,
  name: 'T',
  description: '',
  nodes: [
    {
      id: 'plan' as WorkflowDocument['nodes'][number]['id'],
      type: 'ar.plan',
      params: model === undefined ? {} : { model },
    },
  ],
  edges: [],
  ...(pins ? { models: pins } : {}),
});

const runner = (models: RunnerSummary['models']): RunnerSummary => ({
  name: 'r',
  nodeTypes: allTypes,
  providers: ['cpu'],
  models,
});

describe('missingOf', () => {
  it('is empty while runners are unknown or none is connected', () => {
    expect(missingOf(doc('x'), null)).toEqual([]);
    expect(missingOf(doc('x'), [])).toEqual([]);
  });

  it('finds a model no runner holds, and nothing once one holds it', () => {
    const runners = [runner([{ id: 'tessera-tiny', revision: 1, sha256: SHA }])];
    expect(missingOf(doc('tessera-huge'), runners).map((p) => p.what)).toEqual(['tessera-huge']);
    expect(missingOf(doc(), runners)).toEqual([]);
  });

  it('treats a hub that reports no models as holding none', () => {
    const bare: RunnerSummary = { name: 'r', nodeTypes: allTypes, providers: [] };
    expect(missingOf(doc(), [bare]).map((p) => p.kind)).toEqual(['model']);
  });
});

describe('missingBlocker', () => {
  it('names the first missing model and node, and how many more are missing', () => {
    const runners = [runner([])];
    expect(missingBlocker(missingOf(doc('m1'), runners))).toBe(
      'No connected runner has the model m1, needed by “plan”',
    );
  });

  it('lets a run go when only the model version differs', () => {
    const runners = [runner([{ id: 'tessera-tiny', revision: 1, sha256: SHA }])];
    const pieces = missingOf(doc(undefined, { 'tessera-tiny': 'b'.repeat(64) }), runners);
    expect(pieces.map((p) => p.kind)).toEqual(['model-version']);
    expect(missingBlocker(pieces)).toBeNull();
  });
});
