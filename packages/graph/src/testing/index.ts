import { type Catalogue, createCatalogue } from '../catalogue.ts';
import {
  type WorkflowDocument,
  type WorkflowDocumentInput,
  zWorkflowDocument,
} from '../workflow-schema.ts';
import poster from '../../fixtures/poster.workflow.json';
import { coreNodeSpecs } from './core-specs.ts';

export * from './core-specs.ts';

/** A catalogue of the core node specs. */
export function createCoreCatalogue(): Catalogue {
  return createCatalogue(coreNodeSpecs);
}

/** The default poster pipeline, as raw JSON (a fresh copy each call). */
export function posterWorkflowJson(): unknown {
  return structuredClone(poster);
}

/** The default poster pipeline, parsed. */
export function posterWorkflow(): WorkflowDocument {
  return zWorkflowDocument.parse(posterWorkflowJson());
}

/** The default poster pipeline as a typed, mutable input document: edit it to build test cases. */
export function posterWorkflowInput(): WorkflowDocumentInput {
  return zWorkflowDocument.parse(posterWorkflowJson());
}
