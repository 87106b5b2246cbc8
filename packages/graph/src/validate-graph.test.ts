import { describe, expect, it } from 'vitest';
import { catalogue, theProblem, validateSample } from './test-support.ts';
import { validate } from './validate.ts';

describe('validate: graph', () => {
  it('required_input_missing: names the node, the input and its type', () => {
    const result = validateSample((doc) => {
      doc.edges = doc.edges.filter((edge) => edge.id !== 'e2');
    });
    const problem = theProblem(result, 'required_input_missing');
    expect(problem).toMatchObject({ nodeId: 'paint', path: ['nodes', 2] });
    expect(problem.message).toBe(
      'Node "paint" (toy.paint) needs its input "sketch" (TOKEN_PLAN) connected.',
    );
  });

  it('accepts an optional input left unconnected', () => {
    const result = validateSample((doc) => {
      doc.edges = doc.edges.filter((edge) => edge.id !== 'e3');
    });
    expect(result.problems).toEqual([]);
  });

  it('cycle: names every node in it', () => {
    const result = validateSample((doc) => {
      doc.edges.find((edge) => edge.id === 'e4')!.from.node = 'resize2';
      doc.nodes.push({ id: 'resize2', type: 'toy.resize' });
      doc.edges.push({
        id: 'back',
        from: { node: 'resize', port: 'image' },
        to: { node: 'resize2', port: 'image' },
      });
    });
    const problem = theProblem(result, 'cycle');
    expect(problem.nodeIds).toEqual(['resize', 'resize2']);
    expect(problem.message).toContain('"resize", "resize2"');
  });

  it('cycle: a node feeding itself', () => {
    const result = validateSample((doc) => {
      doc.nodes.push({ id: 'loop', type: 'toy.resize' });
      doc.edges.push({
        id: 'self',
        from: { node: 'loop', port: 'image' },
        to: { node: 'loop', port: 'image' },
      });
    });
    expect(theProblem(result, 'cycle').message).toContain('Node "loop" feeds itself');
  });

  it('no_output_node: a workflow that saves or shows nothing', () => {
    const result = validateSample((doc) => {
      doc.nodes = doc.nodes.filter((node) => node.id !== 'save' && node.id !== 'show');
      doc.edges = doc.edges.filter((edge) => edge.id !== 'e5' && edge.id !== 'e6');
    });
    expect(theProblem(result, 'no_output_node').message).toContain('toy.save');
    const empty = validate(
      { format: 'tessera.workflow', version: 2, name: 'Empty', nodes: [], edges: [] },
      catalogue,
    );
    expect(empty.problems.map((p) => p.code)).toEqual(['no_output_node']);
  });

  it('does not claim a missing output when an unknown node might be one', () => {
    const result = validateSample((doc) => {
      doc.nodes = doc.nodes.filter((node) => node.id !== 'save' && node.id !== 'show');
      doc.edges = doc.edges.filter((edge) => edge.id !== 'e5' && edge.id !== 'e6');
      doc.nodes.push({ id: 'mystery', type: 'third.party.save' });
    });
    expect(result.problems.map((p) => p.code)).toEqual(['unknown_node_type']);
  });

  it('reports every problem at once, in a stable order', () => {
    const result = validateSample((doc) => {
      doc.nodes[1]!.params = { seed: -1 };
      doc.nodes.push({ id: 'x', type: 'nope' });
      doc.edges[0]!.to.port = 'words';
      doc.edges.push({ id: 'e1', from: { node: 'a', port: 'b' }, to: { node: 'c', port: 'd' } });
    });
    expect(result.problems.map((p) => p.code)).toEqual([
      'param_out_of_range',
      'unknown_node_type',
      'unknown_input_port',
      'duplicate_edge_id',
      'dangling_edge',
      'dangling_edge',
      'required_input_missing',
    ]);
    expect(result.ok).toBe(false);
    expect(result.document).toBeDefined();
  });
});
