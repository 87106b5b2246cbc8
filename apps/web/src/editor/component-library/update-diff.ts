// What updating a taken component changes: its inner graph before and after, compared as two
// documents by the versions diff (nodes, params, links), plus the ports and params it shows.
import {
  type ComponentDefinition,
  type Components,
  type DocumentDiff,
  type WorkflowDocument,
  CURRENT_WORKFLOW_VERSION,
  WORKFLOW_FORMAT,
  diffDocuments,
} from '@tessera/graph';
import { documentCatalogue } from '../components/component-catalogue.ts';
import { catalogue } from '../model/catalogue.ts';

function insideOf(definition: ComponentDefinition): WorkflowDocument {
  return {
    format: WORKFLOW_FORMAT,
    version: CURRENT_WORKFLOW_VERSION,
    name: definition.name,
    description: definition.description ?? '',
    nodes: definition.nodes,
    edges: definition.edges,
  };
}

export interface DefinitionChanges {
  readonly inside: DocumentDiff;
  /** Lines about the component node itself: ports and shown params added or removed. */
  readonly outside: readonly string[];
}

function namesChanged(what: string, before: string[], after: string[]): string[] {
  return [
    ...after.filter((n) => !before.includes(n)).map((n) => `${what} “${n}” added`),
    ...before.filter((n) => !after.includes(n)).map((n) => `${what} “${n}” removed`),
  ];
}

/** How `newer` differs from `current`; `components` resolves the inner component nodes. */
export function definitionChanges(
  current: ComponentDefinition,
  newer: ComponentDefinition,
  components: Components,
): DefinitionChanges {
  const inside = diffDocuments(insideOf(current), insideOf(newer), {
    catalogue: documentCatalogue(catalogue, components),
  });
  const names = (list: readonly { name: string }[]) => list.map((item) => item.name);
  return {
    inside,
    outside: [
      ...namesChanged('Input', names(current.inputs), names(newer.inputs)),
      ...namesChanged('Output', names(current.outputs), names(newer.outputs)),
      ...namesChanged('Param', names(current.params), names(newer.params)),
    ],
  };
}
