import { describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { summarizeRun } from './run-summary.ts';

describe('summarizeRun', () => {
  it('shows the prompt and the params that change the picture, in pipeline order', () => {
    const document = posterWorkflowJson() as { nodes: { type: string; params?: object }[] };
    const decode = document.nodes.find((n) => n.type === 'diffusion.decode');
    if (decode) decode.params = { steps: 12 };
    const summary = summarizeRun(document);
    expect(summary.prompt).toMatch(/poster/i);
    expect(summary.params).toEqual(['plan seed 7', 'grid 32', 'steps 12', '×4']);
  });

  it('copes with documents it cannot read', () => {
    expect(summarizeRun(null)).toEqual({ prompt: '', params: [] });
    expect(summarizeRun({ nodes: [{ type: 'ar.plan', params: { seed: {} } }, 3] })).toEqual({
      prompt: '',
      params: [],
    });
  });
});
