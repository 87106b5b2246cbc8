import { describe, expect, it } from 'vitest';
import { nodeOf, theProblem, validatePoster } from './test-support.ts';

describe('validate: nodes and params', () => {
  it('duplicate_node_id: names the id and both nodes', () => {
    const result = validatePoster((doc) =>
      doc.nodes.push({ id: 'plan', type: 'prompt', params: { text: 'x' } }),
    );
    const problem = theProblem(result, 'duplicate_node_id');
    expect(problem).toMatchObject({ nodeId: 'plan', path: ['nodes', 8, 'id'] });
    expect(problem.message).toContain('#2 and #9');
  });

  it('unknown_node_type: names the node and the type', () => {
    const result = validatePoster((doc) => doc.nodes.push({ id: 'ks', type: 'KSampler' }));
    const problem = theProblem(result, 'unknown_node_type');
    expect(problem).toMatchObject({ nodeId: 'ks', path: ['nodes', 8, 'type'] });
    expect(problem.message).toBe('Node "ks" has type "KSampler", which this build does not know.');
  });

  it('param_missing: a param without default must be given', () => {
    const problem = theProblem(
      validatePoster((doc) => (nodeOf(doc, 'prompt').params = {})),
      'param_missing',
    );
    expect(problem).toMatchObject({ nodeId: 'prompt', path: ['nodes', 0, 'params', 'text'] });
    expect(problem.message).toContain('"text"');
  });

  it('param_wrong_type: names the node, the param, what it must be and what it is', () => {
    const result = validatePoster((doc) => (nodeOf(doc, 'plan').params = { seed: 'seven' }));
    const problem = theProblem(result, 'param_wrong_type');
    expect(problem.message).toBe(
      'Node "plan" (ar.plan): param "seed" must be an integer, got "seven".',
    );
  });

  it('param_out_of_range: states the bounds', () => {
    const result = validatePoster((doc) => (nodeOf(doc, 'plan').params = { temperature: 0 }));
    const problem = theProblem(result, 'param_out_of_range');
    expect(problem).toMatchObject({ path: ['nodes', 1, 'params', 'temperature'] });
    expect(problem.message).toContain('greater than 0 and at most 2, got 0');
  });

  it('param_not_in_list: lists the allowed values', () => {
    const result = validatePoster((doc) => (nodeOf(doc, 'upscale').params = { factor: 3 }));
    expect(theProblem(result, 'param_not_in_list').message).toContain('one of 2, 4; got 3');
  });

  it('unknown_param: warns, the document still runs', () => {
    const result = validatePoster((doc) => (nodeOf(doc, 'decode').params = { cfg: 7 }));
    expect(result.ok).toBe(true);
    expect(theProblem(result, 'unknown_param')).toMatchObject({
      severity: 'warning',
      nodeId: 'decode',
    });
  });

  it('uses the display title in messages when a node has one', () => {
    const result = validatePoster((doc) => {
      nodeOf(doc, 'plan').title = 'Planner';
      nodeOf(doc, 'plan').params = { topP: 2 };
    });
    expect(theProblem(result, 'param_out_of_range').message).toContain(
      'Node "plan" ("Planner") (ar.plan)',
    );
  });
});
