import { type WorkflowDocument, zWorkflowDocument } from '@tessera/graph';
import poster from '../../fixtures/poster.workflow.json';

/**
 * A poster pipeline of the real catalogue (fixtures/poster.workflow.json), as raw JSON: a fresh
 * copy each call.
 */
export function posterWorkflowJson(): unknown {
  return structuredClone(poster);
}

/** The poster pipeline, parsed. */
export function posterWorkflow(): WorkflowDocument {
  return zWorkflowDocument.parse(posterWorkflowJson());
}
