// On export, a document pins the model packages it was made with (model id → package sha256)
// from what the connected runners hold, so whoever opens it later can tell a different package.
import { type WorkflowDocument, modelOfNode } from '@tessera/graph';
import type { RunnerSummary } from '@tessera/protocol';
import { catalogue } from '../model/catalogue.ts';

/**
 * `doc` with `models` pinning each model its nodes name, when the connected runners agree on one
 * package for it. Pins already there are kept; a model the runners hold in several versions,
 * or not at all, is left unpinned.
 */
export function pinModels(
  doc: WorkflowDocument,
  runners: readonly RunnerSummary[] | null,
): WorkflowDocument {
  const pins: Record<string, string> = { ...doc.models };
  for (const node of doc.nodes) {
    const model = modelOfNode(node, catalogue);
    if (model === undefined || Object.hasOwn(pins, model)) continue;
    const versions = new Set(
      (runners ?? [])
        .flatMap((r) => (r.models ?? []).filter((m) => m.id === model))
        .map((m) => m.sha256),
    );
    const [only] = versions;
    if (versions.size === 1 && only !== undefined) pins[model] = only;
  }
  return Object.keys(pins).length === 0 ? doc : { ...doc, models: pins };
}
