import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './problems.ts';
import { theProblem, validateSample, validateRawSample } from './test-support.ts';

describe('validate: a sweep', () => {
  it('accepts a sweep of a node’s param whose values all fit, and keeps it in the document', () => {
    const result = validateSample((doc) => {
      doc.sweep = { node: 'sketch', param: 'seed', values: [1, 2, 3, 4] };
    });
    expect(result.problems).toEqual([]);
    expect(result.document?.sweep).toEqual({
      node: 'sketch',
      param: 'seed',
      values: [1, 2, 3, 4],
    });
  });

  it('names a node the workflow does not have', () => {
    const result = validateSample((doc) => {
      doc.sweep = { node: 'planner', param: 'seed', values: [1, 2] };
    });
    const problem = theProblem(result, PROBLEM_CODES.SWEEP_UNKNOWN_NODE);
    expect(problem).toMatchObject({ severity: 'error', path: ['sweep', 'node'] });
    expect(problem.message).toContain('node "planner", which the workflow does not have');
    expect(result.ok).toBe(false);
  });

  it('names a param the node’s spec does not define, listing the ones it has', () => {
    const result = validateSample((doc) => {
      doc.sweep = { node: 'paint', param: 'cfg', values: [1, 2] };
    });
    const problem = theProblem(result, PROBLEM_CODES.SWEEP_UNKNOWN_PARAM);
    expect(problem).toMatchObject({ nodeId: 'paint', path: ['sweep', 'param'] });
    expect(problem.message).toContain('param "cfg" of node "paint" (toy.paint)');
    expect(problem.message).toContain('"steps"');
  });

  it('checks every value against the param, naming the node, the param and the value', () => {
    const result = validateSample((doc) => {
      doc.sweep = { node: 'sketch', param: 'heat', values: [0.5, 2.5, 'x'] };
    });
    const range = theProblem(result, PROBLEM_CODES.PARAM_OUT_OF_RANGE);
    expect(range).toMatchObject({ nodeId: 'sketch', path: ['sweep', 'values', 1] });
    expect(range.message).toMatch(
      /^The sweep's value #2 for node "sketch" \(toy\.sketch\): param "heat"/,
    );
    const type = theProblem(result, PROBLEM_CODES.PARAM_WRONG_TYPE);
    expect(type.path).toEqual(['sweep', 'values', 2]);
    expect(type.message).toContain('got "x"');
  });

  it('refuses a sweep of fewer than 2 or more than 16 values as malformed', () => {
    for (const values of [[1], Array.from({ length: 17 }, (_, i) => i)]) {
      const result = validateRawSample((doc) => {
        doc.sweep = { node: 'sketch', param: 'seed', values };
      });
      const problem = theProblem(result, PROBLEM_CODES.MALFORMED_DOCUMENT);
      expect(problem.path).toEqual(['sweep', 'values']);
      expect(problem.message).toMatch(/a sweep (needs at least 2|has at most 16) values/);
    }
  });
});
