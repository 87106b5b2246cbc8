import {
  type NodeId,
  type Params,
  type PortRef,
  type Problem,
  type WorkflowDocument,
  type WorkflowNode,
  computeCacheKeys,
  flattenDocument,
  plan,
  resolveParams,
  validate,
} from '@tessera/graph';
import type { NodeImplementation, NodeRegistry, RunNode } from '@tessera/nodes';

/** Thrown by `Engine.run` for a document `validate()` does not accept; nothing ran. */
export class WorkflowInvalidError extends Error {
  override readonly name = 'WorkflowInvalidError';

  constructor(readonly problems: readonly Problem[]) {
    super(
      `The workflow cannot run: ${problems
        .map((problem) => problem.message)
        .slice(0, 5)
        .join(' ')}${problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : ''}`,
    );
  }
}

/** One node of a run, ready to execute. */
export interface PlannedNode {
  readonly id: NodeId;
  readonly node: WorkflowNode;
  readonly implementation: NodeImplementation;
  readonly cacheKey: string;
  /** Resolved params: defaults applied, unknown ones dropped. */
  readonly params: Params;
  /** Input port → the upstream output feeding it. */
  readonly sources: ReadonlyMap<string, PortRef>;
}

export interface RunPlan {
  /**
   * The validated (migrated, defaulted) document, flattened: component instances replaced by
   * their nodes (ids `instance/inner`), as the run executes it.
   */
  readonly workflow: WorkflowDocument;
  /** The validated document before flattening (components kept): what saved files embed. */
  readonly sourceWorkflow: WorkflowDocument;
  /** In execution order: upstream first, ties broken by node id. */
  readonly nodes: readonly PlannedNode[];
  /** What nodes see of the run (`RunInfo.nodes`). */
  readonly runNodes: readonly RunNode[];
}

/**
 * Validates `workflow` against the registry's catalogue, flattens its components and plans it:
 * the output nodes (or `targets`, flattened ids) and everything upstream, in order, each with its
 * cache key and input sources.
 * Throws `WorkflowInvalidError` listing the errors when the document cannot run.
 */
export function planRun(
  workflow: WorkflowDocument,
  registry: NodeRegistry,
  targets?: readonly string[],
): RunPlan {
  const result = validate(workflow, registry.catalogue);
  if (!result.ok) {
    throw new WorkflowInvalidError(result.problems.filter((p) => p.severity === 'error'));
  }
  const doc = flattenDocument(result.document).document;
  const keys = computeCacheKeys(doc, registry.catalogue);
  const byId = new Map(doc.nodes.map((node) => [node.id as string, node]));
  const nodes = plan(doc, registry.catalogue, targets).map((id): PlannedNode => {
    const node = byId.get(id)!;
    const implementation = registry.get(node.type);
    const sources = new Map(
      doc.edges.filter((edge) => edge.to.node === id).map((edge) => [edge.to.port, edge.from]),
    );
    return {
      id,
      node,
      implementation,
      cacheKey: keys.get(id)!,
      params: resolveParams(implementation.spec, node.params),
      sources,
    };
  });
  const runNodes = nodes.map(({ id, implementation: { spec }, params }) => ({
    id,
    type: spec.type,
    version: spec.version,
    params,
    seeds: spec.params.filter((param) => param.kind === 'seed').map((param) => param.name),
  }));
  return { workflow: doc, sourceWorkflow: result.document, nodes, runNodes };
}
