// A node's params on their way to a runner: resolved (what a runner cannot resolve filled in),
// carried by the document the job holds, and named in a placement failure.
import type { RunRecord } from '@tessera/db';
import { type Params, type WorkflowDocument, resolveParams } from '@tessera/graph';
import { type ParamResolver, ParamResolutionError } from './artifact-params.ts';
import { modelNamed } from './runner-links.ts';

/** ` and holds the model "x"` when the node names a model, else nothing. */
export function modelClause(spec: Parameters<typeof resolveParams>[0], params: Params): string {
  const model = modelNamed(resolveParams(spec, params));
  return model === undefined ? '' : ` and holds the model "${model}"`;
}

/** The params a node's job carries, or why they cannot be resolved (that node then fails). */
export async function resolveNodeParams(
  resolver: ParamResolver | undefined,
  node: { readonly id: string; readonly type: string },
  params: Params,
  run: RunRecord,
): Promise<{ params: Params } | { error: string }> {
  if (!resolver) return { params };
  try {
    return { params: await resolver(node, params, { ownerId: run.ownerId }) };
  } catch (error) {
    if (error instanceof ParamResolutionError) return { error: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `${node.type}: its params could not be resolved (${reason})` };
  }
}

/** `doc` with node `id`'s params replaced (a new document; `doc` is left as it was). */
export function withNodeParams(
  doc: WorkflowDocument,
  id: string,
  params: Params,
): WorkflowDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, params } : n)) };
}
