import { canonicalJson } from './canonical-json.ts';
import type { Catalogue } from './catalogue.ts';
import type { NodeId } from './ids.ts';
import { resolveParams } from './params.ts';
import { PlanError, orderNodes } from './plan.ts';
import { sha256Hex } from './sha256.ts';
import type { WorkflowDocument } from './workflow-schema.ts';

/** Bump when the key recipe changes, so old caches are not reused under a new meaning. */
const CACHE_KEY_SCHEME = 1;

/**
 * A content key for every node: SHA-256 (hex) of the canonical JSON of its type, spec version,
 * resolved params (defaults applied, unknown params dropped) and, per input port, the keys of
 * the upstream nodes with the output ports they come from. Node ids, titles, positions and the
 * workflow's name take no part, so a moved, renamed or re-id'd node keeps its key, while any
 * change upstream reaches every node below it.
 *
 * Throws `PlanError` on a cycle or dangling edge and `UnknownNodeTypeError` on an unknown type.
 */
export function computeCacheKeys(doc: WorkflowDocument, catalogue: Catalogue): Map<NodeId, string> {
  const nodes = new Map(doc.nodes.map((node) => [node.id as string, node]));
  const incoming = new Map<string, Map<string, { node: string; port: string }[]>>();
  for (const edge of doc.edges) {
    const ports = incoming.get(edge.to.node) ?? new Map<string, { node: string; port: string }[]>();
    ports.set(edge.to.port, [...(ports.get(edge.to.port) ?? []), edge.from]);
    incoming.set(edge.to.node, ports);
  }
  const keys = new Map<NodeId, string>();
  const keyOf = new Map<string, string>();
  for (const id of orderNodes(doc)) {
    const node = nodes.get(id)!;
    const spec = catalogue.get(node.type);
    const inputs = [...(incoming.get(id) ?? [])].map(([port, sources]) => {
      const upstreamKeys = sources
        .map((source) => {
          const upstream = keyOf.get(source.node);
          if (upstream === undefined) {
            throw new PlanError(
              'dangling_edge',
              `No key for node "${source.node}" upstream of "${id}"`,
              [source.node, id],
            );
          }
          return `${upstream}:${source.port}`;
        })
        .sort();
      return [port, upstreamKeys] as const;
    });
    const material = {
      scheme: CACHE_KEY_SCHEME,
      type: spec.type,
      version: spec.version,
      params: resolveParams(spec, node.params),
      inputs: Object.fromEntries(inputs),
    };
    const key = sha256Hex(canonicalJson(material));
    keyOf.set(id, key);
    keys.set(id, key);
  }
  return keys;
}
