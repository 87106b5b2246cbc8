import { describe, expect, it } from 'vitest';
import { expandFedBy } from './source-fine-plan.ts';

describe('the source run’s fine plan', () => {
  it('is the output of the plan.expand node fed by the layout plan', () => {
    const doc = {
      nodes: [
        { id: 'plan', type: 'ar.plan' },
        { id: 'view', type: 'plan.preview' },
        { id: 'x', type: 'plan.expand' },
      ],
      edges: [
        { from: { node: 'plan' }, to: { node: 'view', port: 'plan' } },
        { from: { node: 'plan' }, to: { node: 'x', port: 'plan' } },
      ],
    };
    expect(expandFedBy(doc, 'plan')).toBe('x');
    expect(expandFedBy(doc, 'view')).toBeUndefined();
  });
});
