// Documents for the editor's unit tests.
import type { WorkflowDocument } from '@tessera/graph';
import { connect } from './connections.ts';
import { addNode, emptyDocument, setParam } from './document-ops.ts';

/** prompt → plan, unconnected save: a small graph with one edge. */
export function promptToPlan(): WorkflowDocument {
  let doc = emptyDocument('Test');
  doc = addNode(doc, 'prompt', { x: 0, y: 0 }).doc;
  doc = addNode(doc, 'ar.plan', { x: 300, y: 0 }).doc;
  doc = setParam(doc, 'prompt', 'text', 'teal poster, headline "SALE" at top');
  const linked = connect(doc, { node: 'prompt', port: 'prompt' }, { node: 'plan', port: 'prompt' });
  if (!linked.ok) throw new Error(linked.reason);
  return linked.doc;
}
