// Support for this package's own tests (not exported): made-up specs and a sample workflow that
// uses them. Other packages test against the real catalogue, `@tessera/nodes/specs`.
import { type Catalogue, createCatalogue } from '../catalogue.ts';
import {
  type WorkflowDocument,
  type WorkflowDocumentInput,
  zWorkflowDocument,
} from '../workflow-schema.ts';
import sample from '../../fixtures/sample.workflow.json';
import { toySpecs } from './toy-specs.ts';

export * from './toy-specs.ts';

/** A catalogue of the toy specs. */
export function createToyCatalogue(): Catalogue {
  return createCatalogue(toySpecs);
}

/** The sample workflow (fixtures/sample.workflow.json), as raw JSON (a fresh copy each call). */
export function sampleWorkflowJson(): unknown {
  return structuredClone(sample);
}

/** The sample workflow, parsed. */
export function sampleWorkflow(): WorkflowDocument {
  return zWorkflowDocument.parse(sampleWorkflowJson());
}

/** The sample workflow as a typed, mutable input document: edit it to build test cases. */
export function sampleWorkflowInput(): WorkflowDocumentInput {
  return zWorkflowDocument.parse(sampleWorkflowJson());
}
