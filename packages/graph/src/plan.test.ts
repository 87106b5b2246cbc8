import { describe, expect, it } from 'vitest';
import { PlanError, orderNodes, plan } from './plan.ts';
import { createCoreCatalogue, posterWorkflow, posterWorkflowInput } from './testing/index.ts';
import { type WorkflowDocumentInput, zWorkflowDocument } from './workflow-schema.ts';

const catalogue = createCoreCatalogue();
const parse = (doc: WorkflowDocumentInput) => zWorkflowDocument.parse(doc);

describe('plan', () => {
  it('orders every node the output nodes need, ties broken by node id', () => {
    expect(plan(posterWorkflow(), catalogue)).toEqual([
      'prompt',
      'plan',
      'expand',
      'decode',
      'plan-preview',
      'preview',
      'upscale',
      'save',
    ]);
  });

  it('is deterministic whatever the order of nodes and edges in the document', () => {
    const shuffled = posterWorkflowInput();
    shuffled.nodes.reverse();
    shuffled.edges.reverse();
    expect(plan(parse(shuffled), catalogue)).toEqual(plan(posterWorkflow(), catalogue));
  });

  it('plans only what the named targets need', () => {
    expect(plan(posterWorkflow(), catalogue, ['preview'])).toEqual([
      'prompt',
      'plan',
      'plan-preview',
      'preview',
    ]);
    expect(plan(posterWorkflow(), catalogue, ['decode'])).toEqual([
      'prompt',
      'plan',
      'expand',
      'decode',
    ]);
  });

  it('leaves out nodes that feed no output', () => {
    const doc = posterWorkflowInput();
    doc.nodes.push({ id: 'spare', type: 'image.upscale', params: {} });
    doc.edges.push({
      id: 'e10',
      from: { node: 'decode', port: 'image' },
      to: { node: 'spare', port: 'image' },
    });
    expect(plan(parse(doc), catalogue)).not.toContain('spare');
  });

  it('throws a PlanError naming an unknown target', () => {
    const error = catchError(() => plan(posterWorkflow(), catalogue, ['nope']));
    expect(error).toBeInstanceOf(PlanError);
    expect(error).toMatchObject({ code: 'unknown_target', nodeIds: ['nope'] });
  });

  it('throws a PlanError naming the nodes of a cycle', () => {
    const doc = posterWorkflowInput();
    doc.edges.push({
      id: 'loop',
      from: { node: 'upscale', port: 'image' },
      to: { node: 'decode', port: 'plan' },
    });
    const error = catchError(() => plan(parse(doc), catalogue));
    expect(error).toMatchObject({ code: 'cycle', nodeIds: ['decode', 'upscale'] });
    expect((error as Error).message).toContain('"decode", "upscale"');
  });
});

describe('orderNodes', () => {
  it('orders all nodes, even those no output needs', () => {
    const doc = posterWorkflowInput();
    doc.nodes.push({ id: 'alone', type: 'prompt', params: { text: 'x' } });
    expect(orderNodes(parse(doc))).toContain('alone');
  });

  it('throws on an edge to a node that does not exist', () => {
    const doc = posterWorkflowInput();
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
