import { describe, expect, it } from 'vitest';
import { theProblem, validateSample } from './test-support.ts';

describe('validate: edges and ports', () => {
  it('duplicate_edge_id: names the id', () => {
    const result = validateSample((doc) => (doc.edges[5]!.id = 'e1'));
    expect(theProblem(result, 'duplicate_edge_id')).toMatchObject({
      edgeId: 'e1',
      path: ['edges', 5, 'id'],
    });
  });

  it('dangling_edge: an edge from or to a node that does not exist', () => {
    const result = validateSample((doc) => {
      doc.edges[0]!.from.node = 'ghost';
      doc.edges.push({
        id: 'x',
        from: { node: 'paint', port: 'image' },
        to: { node: 'nowhere', port: 'image' },
      });
    });
    const dangling = result.problems.filter((p) => p.code === 'dangling_edge');
    expect(dangling.map((p) => p.path)).toEqual([
      ['edges', 0, 'from', 'node'],
      ['edges', 6, 'to', 'node'],
    ]);
    expect(dangling[0]!.message).toBe(
      'Edge "e1" starts at node "ghost", which is not in the workflow.',
    );
  });

  it('unknown_output_port: names the port and lists the real ones', () => {
    const result = validateSample((doc) => (doc.edges[1]!.from.port = 'tokens'));
    const problem = theProblem(result, 'unknown_output_port');
    expect(problem).toMatchObject({
      edgeId: 'e2',
      nodeId: 'sketch',
      path: ['edges', 1, 'from', 'port'],
    });
    expect(problem.message).toContain('output "tokens" of node "sketch" (toy.sketch)');
    expect(problem.message).toContain('its outputs: "sketch"');
  });

  it('unknown_input_port: names the port and lists the real ones', () => {
    const result = validateSample((doc) => (doc.edges[4]!.to.port = 'picture'));
    const problem = theProblem(result, 'unknown_input_port');
    expect(problem).toMatchObject({ edgeId: 'e5', nodeId: 'save' });
    expect(problem.message).toContain('input "picture" of node "save" (toy.save)');
  });

  it('input_connected_twice: a second edge into the same input', () => {
    const result = validateSample((doc) =>
      doc.edges.push({
        id: 'e7',
        from: { node: 'paint', port: 'image' },
        to: { node: 'save', port: 'image' },
      }),
    );
    const problem = theProblem(result, 'input_connected_twice');
    expect(problem).toMatchObject({ edgeId: 'e7', nodeId: 'save' });
    expect(problem.message).toContain('"e5" and "e7"');
  });

  it('type_mismatch: names both types', () => {
    const result = validateSample((doc) => {
      doc.edges[4]!.from = { node: 'sketch', port: 'sketch' };
    });
    const problem = theProblem(result, 'type_mismatch');
    expect(problem).toMatchObject({ edgeId: 'e5', path: ['edges', 4] });
    expect(problem.message).toContain('TOKEN_PLAN');
    expect(problem.message).toContain('IMAGE');
  });

  it('does not call an edge to a malformed node dangling', () => {
    const result = validateSample((doc) => {
      doc.nodes[4]!.position = { x: 0 } as never;
    });
    expect(result.problems.map((p) => p.code)).toEqual(['malformed_document']);
  });
});
