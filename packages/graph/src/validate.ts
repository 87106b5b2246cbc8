import type { Catalogue } from './catalogue.ts';
import { type MigrateOptions, migrateDocument } from './migrations.ts';
import type { Problem } from './problems.ts';
import { checkComponents } from './validate-components.ts';
import { checkEdges } from './validate-edges.ts';
import { checkInsideInstances } from './validate-flattened.ts';
import { checkCycles, checkHasOutput, checkRequiredInputs } from './validate-graph.ts';
import { checkNodes, indexNodes } from './validate-nodes.ts';
import { checkShape } from './validate-shape.ts';
import { checkSweep } from './validate-sweep.ts';
import { type WorkflowDocument, zWorkflowSweep } from './workflow-schema.ts';

export type ValidateOptions = MigrateOptions;

/**
 * `ok` is true when there is no error (warnings may remain). `document` is the migrated, parsed
 * document whenever its shape is right, even if the graph has errors, so an editor can open it.
 */
export type ValidationResult =
  | { readonly ok: true; readonly document: WorkflowDocument; readonly problems: Problem[] }
  | { readonly ok: false; readonly document?: WorkflowDocument; readonly problems: Problem[] };

/**
 * Checks any value as a workflow document against a catalogue: migrates an older version, then
 * reports every problem found (shape, ids, types, params, ports, edges, cycles, outputs, component
 * definitions and what lies inside component instances). Never
 * throws on a JSON value; the same input always gives the same problems, in the same order.
 */
export function validate(
  input: unknown,
  catalogue: Catalogue,
  options: ValidateOptions = {},
): ValidationResult {
  const migrated = migrateDocument(input, options);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };

  const problems: Problem[] = [];
  const shape = checkShape(migrated.document, problems);
  if (shape.graphReadable) {
    const components = checkComponents(migrated.document.components, catalogue, problems);
    const byId = indexNodes(shape.nodes, problems);
    const specs = checkNodes(shape.nodes, components.catalogue, problems);
    const nodes = { byId, specs, malformedIds: shape.malformedNodeIds };
    const connected = checkEdges(shape.edges, nodes, problems);
    checkRequiredInputs(nodes, connected, problems);
    checkCycles(nodes, shape.edges, problems);
    checkHasOutput(nodes, components.catalogue, shape.someNodeMalformed, problems);
    const sweep = zWorkflowSweep.optional().safeParse(migrated.document.sweep);
    if (sweep.success) checkSweep(sweep.data, nodes, problems);
    const noDuplicates = byId.size === shape.nodes.length;
    if (components.sound && noDuplicates && shape.document)
      checkInsideInstances(shape.document, catalogue, problems);
  }

  const ok = problems.every((p) => p.severity !== 'error');
  if (ok && shape.document) return { ok: true, document: shape.document, problems };
  return shape.document
    ? { ok: false, document: shape.document, problems }
    : { ok: false, problems };
}
