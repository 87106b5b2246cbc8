import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '@tessera/graph';
import { posterWorkflow } from '@tessera/nodes/testing';
import {
  parseSweepValues,
  runLabel,
  suggestedSweep,
  sweepUnavailableReason,
  withSweep,
  withoutSweep,
} from './sweep-edit.ts';

const seed: ParamSpec = { name: 'seed', kind: 'seed', default: 0 };
const topP: ParamSpec = { name: 'topP', kind: 'float', default: 0.75, min: 0, max: 1, step: 0.05 };

describe('sweep edits', () => {
  it('reads values separated by commas or spaces, checked against the param', () => {
    expect(parseSweepValues('1, 2,3  4', seed)).toEqual({ values: [1, 2, 3, 4] });
    expect(parseSweepValues('0.5 0.75', topP)).toEqual({ values: [0.5, 0.75] });
    expect(parseSweepValues('7', seed)).toEqual({
      error: 'A sweep needs 2 to 16 values separated by commas; got 1.',
    });
    const errorOf = (text: string, spec: ParamSpec) => {
      const parsed = parseSweepValues(text, spec);
      return 'error' in parsed ? parsed.error : '';
    };
    expect(errorOf('0.5, 1.5', topP)).toBe(
      'Sweep value "1.5": topP must be at least 0 and at most 1, got 1.5.',
    );
    expect(errorOf('1, x', seed)).toMatch(/^Sweep value "x": seed must be an integer/);
  });

  it('suggests four values one step apart', () => {
    expect(suggestedSweep(seed, 7)).toEqual([7, 8, 9, 10]);
    expect(suggestedSweep(topP, 0.6)).toEqual([0.6, 0.65, 0.7, 0.75]);
  });

  it('sets and removes the sweep, and labels Run by it', () => {
    const doc = posterWorkflow();
    const swept = withSweep(doc, 'plan', 'seed', [1, 2, 3]);
    expect(swept.sweep).toEqual({ node: 'plan', param: 'seed', values: [1, 2, 3] });
    expect(runLabel(swept)).toBe('Run sweep (3)');
    expect(withoutSweep(swept)).toEqual(doc);
    expect('sweep' in withoutSweep(swept)).toBe(false);
    expect(runLabel(doc)).toBe('Run');
  });

  it('is off inside a component, saying why', () => {
    expect(sweepUnavailableReason([])).toBeUndefined();
    expect(sweepUnavailableReason([{ component: 'planner', instance: 'planner' }])).toBe(
      'Sweeps run on the whole workflow: go back to the workflow first',
    );
  });
});
