import { describe, expect, it } from 'vitest';
import type { LabDocument } from './lab-documents.ts';
import { identicalPlans, identicalPlansNote } from './sweep-verdict.ts';

const plan = (ids: number[], width = 2) => ({
  width,
  height: ids.length / width,
  ids: Uint16Array.from(ids),
});

const source = (params: Record<string, unknown>): LabDocument => ({
  format: 'tessera.workflow',
  version: 2,
  name: 'Poster',
  description: '',
  nodes: [{ id: 'plan', type: 'ar.plan', params, position: { x: 0, y: 0 } }],
  edges: [],
});

describe('sweep verdict', () => {
  it('finds plans identical only when all are there with the same grid and tokens', () => {
    expect(identicalPlans([plan([1, 2, 3, 4]), plan([1, 2, 3, 4]), plan([1, 2, 3, 4])])).toBe(true);
    expect(identicalPlans([plan([1, 2, 3, 4]), plan([1, 2, 3, 5])])).toBe(false);
    expect(identicalPlans([plan([1, 2, 3, 4]), plan([1, 2, 3, 4], 4)])).toBe(false);
    expect(identicalPlans([plan([1, 2, 3, 4]), null])).toBe(false);
    expect(identicalPlans([plan([1, 2, 3, 4])])).toBe(false);
  });

  it('says the planner is confident at the source’s top-p, and what to sweep instead', () => {
    expect(identicalPlansNote(source({ seed: 1 }), 'seed', [1, 2, 3, 4])).toBe(
      'All 4 plans are identical: the planner is confident at top-p 0.75 (temperature 0.9): sweep temperature or top-p, or raise them, to see different plans.',
    );
    expect(identicalPlansNote(source({ topP: 0.5 }), 'temperature', [0.6, 0.8])).toContain(
      'confident at top-p 0.5: sweep top-p',
    );
    expect(identicalPlansNote(null, 'topP', [0.5, 0.65, 0.8])).toContain(
      'even at top-p 0.8 (temperature 0.9): raise the temperature',
    );
    expect(identicalPlansNote(null, 'guidance', [1, 2])).toBeNull();
  });
});
