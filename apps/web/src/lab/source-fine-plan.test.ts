import { describe, expect, it } from 'vitest';
import { expandFedBy, layoutFeeding } from './source-fine-plan.ts';

const doc = {
  nodes: [
    { id: 'plan', type: 'ar.plan' },
    { id: 'view', type: 'plan.preview' },
    { id: 'x', type: 'plan.expand' },
    { id: 'prompt', type: 'prompt' },
  ],
  edges: [
    { from: { node: 'plan' }, to: { node: 'view', port: 'plan' } },
    { from: { node: 'prompt' }, to: { node: 'x', port: 'prompt' } },
    { from: { node: 'plan' }, to: { node: 'x', port: 'plan' } },
  ],
};

describe('the source run’s fine plan', () => {
  it('is the output of the plan.expand node fed by the layout plan', () => {
    expect(expandFedBy(doc, 'plan')).toBe('x');
    expect(expandFedBy(doc, 'view')).toBeUndefined();
  });
});

describe('a fine plan’s layout plan', () => {
  it('is the output of the node feeding the plan.expand’s plan input', () => {
    expect(layoutFeeding(doc, 'x')).toBe('plan');
  });

  it('is unknown for a node that is not a plan.expand', () => {
    expect(layoutFeeding(doc, 'view')).toBeUndefined();
    expect(layoutFeeding(doc, 'missing')).toBeUndefined();
  });
});
