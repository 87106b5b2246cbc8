import { describe, expect, it } from 'vitest';
import { PlanError, orderNodes, plan } from './plan.ts';
import { createToyCatalogue, sampleWorkflow, sampleWorkflowInput } from './testing/index.ts';
import { type WorkflowDocumentInput, zWorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();
const parse = (doc: WorkflowDocumentInput) => zWorkflowDocument.parse(doc);

describe('plan', () => {
  it('orders every node the output nodes need, ties broken by node id', () => {
    expect(plan(sampleWorkflow(), catalogue)).toEqual([
      'text',
      'sketch',
      'paint',
      'resize',
      'save',
      'show',
    ]);
  });

  it('is deterministic whatever the order of nodes and edges in the document', () => {
    const shuffled = sampleWorkflowInput();
    shuffled.nodes.reverse();
    shuffled.edges.reverse();
    expect(plan(parse(shuffled), catalogue)).toEqual(plan(sampleWorkflow(), catalogue));
  });

  it('plans only what the named targets need', () => {
    expect(plan(sampleWorkflow(), catalogue, ['show'])).toEqual([
      'text',
      'sketch',
      'paint',
      'show',
    ]);
    expect(plan(sampleWorkflow(), catalogue, ['sketch'])).toEqual(['text', 'sketch']);
  });

  it('leaves out nodes that feed no output', () => {
    const doc = sampleWorkflowInput();
    doc.nodes.push({ id: 'spare', type: 'toy.resize', params: {} });
    doc.edges.push({
      id: 'e7',
      from: { node: 'paint', port: 'image' },
      to: { node: 'spare', port: 'image' },
    });
    expect(plan(parse(doc), catalogue)).not.toContain('spare');
  });

  it('throws a PlanError naming an unknown target', () => {
    const error = catchError(() => plan(sampleWorkflow(), catalogue, ['nope']));
    expect(error).toBeInstanceOf(PlanError);
    expect(error).toMatchObject({ code: 'unknown_target', nodeIds: ['nope'] });
  });

  it('throws a PlanError naming the nodes of a cycle', () => {
    const doc = sampleWorkflowInput();
    doc.edges.push({
      id: 'loop',
      from: { node: 'resize', port: 'image' },
      to: { node: 'paint', port: 'sketch' },
    });
    const error = catchError(() => plan(parse(doc), catalogue));
    expect(error).toMatchObject({ code: 'cycle', nodeIds: ['paint', 'resize'] });
    expect((error as Error).message).toContain('"paint", "resize"');
  });
});

describe('orderNodes', () => {
  it('orders all nodes, even those no output needs', () => {
    const doc = sampleWorkflowInput();
    doc.nodes.push({ id: 'alone', type: 'toy.text', params: { text: 'x' } });
    expect(orderNodes(parse(doc))).toContain('alone');
  });

  it('throws on an edge to a node that does not exist', () => {
    const doc = sampleWorkflowInput();
    doc.edges.push({
      id: 'x',
      from: { node: 'ghost', port: 'image' },
      to: { node: 'save', port: 'image' },
    });
    expect(catchError(() => orderNodes(parse(doc)))).toMatchObject({ code: 'dangling_edge' });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
