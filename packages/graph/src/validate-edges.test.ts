import { describe, expect, it } from 'vitest';
import { theProblem, validatePoster } from './test-support.ts';

describe('validate: edges and ports', () => {
  it('duplicate_edge_id: names the id', () => {
    const result = validatePoster((doc) => (doc.edges[8]!.id = 'e1'));
    expect(theProblem(result, 'duplicate_edge_id')).toMatchObject({
      edgeId: 'e1',
      path: ['edges', 8, 'id'],
    });
  });

  it('dangling_edge: an edge from or to a node that does not exist', () => {
    const result = validatePoster((doc) => {
      doc.edges[0]!.from.node = 'ghost';
      doc.edges.push({
        id: 'x',
        from: { node: 'save', port: 'image' },
        to: { node: 'nowhere', port: 'image' },
      });
    });
    const dangling = result.problems.filter((p) => p.code === 'dangling_edge');
    expect(dangling.map((p) => p.path)).toEqual([
      ['edges', 0, 'from', 'node'],
      ['edges', 9, 'to', 'node'],
    ]);
    expect(dangling[0]!.message).toBe(
      'Edge "e1" starts at node "ghost", which is not in the workflow.',
    );
  });

  it('unknown_output_port: names the port and lists the real ones', () => {
    const result = validatePoster((doc) => (doc.edges[1]!.from.port = 'tokens'));
    const problem = theProblem(result, 'unknown_output_port');
    expect(problem).toMatchObject({
      edgeId: 'e2',
      nodeId: 'plan',
      path: ['edges', 1, 'from', 'port'],
    });
    expect(problem.message).toContain('output "tokens" of node "plan" (ar.plan)');
    expect(problem.message).toContain('its outputs: "plan"');
  });

  it('unknown_input_port: names the port and lists the real ones', () => {
    const result = validatePoster((doc) => (doc.edges[6]!.to.port = 'picture'));
    const problem = theProblem(result, 'unknown_input_port');
    expect(problem).toMatchObject({ edgeId: 'e7', nodeId: 'save' });
    expect(problem.message).toContain('input "picture" of node "save" (image.save)');
  });

  it('input_connected_twice: a second edge into the same input', () => {
    const result = validatePoster((doc) =>
      doc.edges.push({
        id: 'e10',
        from: { node: 'plan-preview', port: 'image' },
        to: { node: 'save', port: 'image' },
      }),
    );
    const problem = theProblem(result, 'input_connected_twice');
    expect(problem).toMatchObject({ edgeId: 'e10', nodeId: 'save' });
    expect(problem.message).toContain('"e7" and "e10"');
  });

  it('type_mismatch: names both types', () => {
    const result = validatePoster((doc) => {
      doc.edges[6]!.from = { node: 'plan', port: 'plan' };
    });
    const problem = theProblem(result, 'type_mismatch');
    expect(problem).toMatchObject({ edgeId: 'e7', path: ['edges', 6] });
    expect(problem.message).toContain('TOKEN_PLAN');
    expect(problem.message).toContain('IMAGE');
  });

  it('does not call an edge to a malformed node dangling', () => {
    const result = validatePoster((doc) => {
      doc.nodes[5]!.position = { x: 0 } as never;
    });
    expect(result.problems.map((p) => p.code)).toEqual(['malformed_document']);
  });
});
