import { describe, expect, it } from 'vitest';
import { nodeOf, theProblem, validateSample } from './test-support.ts';

describe('validate: nodes and params', () => {
  it('duplicate_node_id: names the id and both nodes', () => {
    const result = validateSample((doc) =>
      doc.nodes.push({ id: 'sketch', type: 'toy.text', params: { text: 'x' } }),
    );
    const problem = theProblem(result, 'duplicate_node_id');
    expect(problem).toMatchObject({ nodeId: 'sketch', path: ['nodes', 6, 'id'] });
    expect(problem.message).toContain('#2 and #7');
  });

  it('unknown_node_type: names the node and the type', () => {
    const result = validateSample((doc) => doc.nodes.push({ id: 'ks', type: 'KSampler' }));
    const problem = theProblem(result, 'unknown_node_type');
    expect(problem).toMatchObject({ nodeId: 'ks', path: ['nodes', 6, 'type'] });
    expect(problem.message).toBe('Node "ks" has type "KSampler", which this build does not know.');
  });

  it('param_missing: a param without default must be given', () => {
    const problem = theProblem(
      validateSample((doc) => (nodeOf(doc, 'text').params = {})),
      'param_missing',
    );
    expect(problem).toMatchObject({ nodeId: 'text', path: ['nodes', 0, 'params', 'text'] });
    expect(problem.message).toContain('"text"');
  });

  it('param_wrong_type: names the node, the param, what it must be and what it is', () => {
    const result = validateSample((doc) => (nodeOf(doc, 'sketch').params = { seed: 'seven' }));
    const problem = theProblem(result, 'param_wrong_type');
    expect(problem.message).toBe(
      'Node "sketch" (toy.sketch): param "seed" must be an integer, got "seven".',
    );
  });

  it('param_out_of_range: states the bounds', () => {
    const result = validateSample((doc) => (nodeOf(doc, 'sketch').params = { heat: 0 }));
    const problem = theProblem(result, 'param_out_of_range');
    expect(problem).toMatchObject({ path: ['nodes', 1, 'params', 'heat'] });
    expect(problem.message).toContain('greater than 0 and at most 2, got 0');
  });

  it('param_not_in_list: lists the allowed values', () => {
    const result = validateSample((doc) => (nodeOf(doc, 'resize').params = { factor: 3 }));
    expect(theProblem(result, 'param_not_in_list').message).toContain('one of 2, 4; got 3');
  });

  it('unknown_param: warns, the document still runs', () => {
    const result = validateSample((doc) => (nodeOf(doc, 'paint').params = { cfg: 7 }));
    expect(result.ok).toBe(true);
    expect(theProblem(result, 'unknown_param')).toMatchObject({
      severity: 'warning',
      nodeId: 'paint',
    });
  });

  it('uses the display title in messages when a node has one', () => {
    const result = validateSample((doc) => {
      nodeOf(doc, 'sketch').title = 'Drafter';
      nodeOf(doc, 'sketch').params = { heat: 3 };
    });
    expect(theProblem(result, 'param_out_of_range').message).toContain(
      'Node "sketch" ("Drafter") (toy.sketch)',
    );
  });
});
