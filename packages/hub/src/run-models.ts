// Which model packages a run is queued with, and whether the connected runners still hold them.
import type { JsonObject } from '@tessera/db';
import type { ConnectedRunner } from './runner-registry.ts';

type RunnerModels = Pick<ConnectedRunner, 'name' | 'nodeTypes' | 'models'>;

/** The node types a document uses (unreadable entries are skipped: validation reports them). */
function nodeTypesOf(document: JsonObject): Set<string> {
  const types = new Set<string>();
  const nodes = document.nodes;
  if (!Array.isArray(nodes)) return types;
  for (const node of nodes as readonly unknown[])
    if (
      typeof node === 'object' &&
      node !== null &&
      'type' in node &&
      typeof node.type === 'string'
    )
      types.add(node.type);
  return types;
}

/**
 * { model id: package sha256 } of the packages held by the connected runners that can execute
 * any of the document's nodes. When two runners hold the same model id, the first by name wins.
 */
export function runModelsFor(
  document: JsonObject,
  runners: readonly RunnerModels[],
): Record<string, string> {
  const types = nodeTypesOf(document);
  const models: Record<string, string> = {};
  const serving = runners
    .filter((runner) => runner.nodeTypes.some((type) => types.has(type)))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const runner of serving)
    for (const model of runner.models ?? []) models[model.id] ??= model.sha256;
  return models;
}

/**
 * The model ids of `recorded` that a connected runner now offers with another package sha256
 * (a model no runner offers is missing, not changed, and is not listed).
 */
export function changedModels(
  recorded: Readonly<Record<string, string>>,
  runners: readonly RunnerModels[],
): string[] {
  const changed = new Set<string>();
  for (const runner of runners)
    for (const model of runner.models ?? []) {
      const then = recorded[model.id];
      if (then !== undefined && then !== model.sha256) changed.add(model.id);
    }
  return [...changed].sort();
}
