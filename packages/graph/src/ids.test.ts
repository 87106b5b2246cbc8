import { describe, expect, it } from 'vitest';
import { edgeId, nodeId, runId, workflowId } from './ids.ts';

describe('id helpers', () => {
  it('brand non-empty strings and keep their value', () => {
    expect(nodeId('prompt')).toBe('prompt');
    expect(edgeId('e1')).toBe('e1');
    expect(workflowId('wf_1')).toBe('wf_1');
    expect(runId('run_1')).toBe('run_1');
  });

  it('refuse an empty id', () => {
    for (const brand of [nodeId, edgeId, workflowId, runId]) expect(() => brand('')).toThrow();
  });
});
