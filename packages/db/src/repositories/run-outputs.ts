// A run's stored outputs (its own, and for a node served from the hub's cache those of the run
// that executed it), and the ones a gallery shows: the saved image and the plan preview.
import type { DbClient } from '../client/db-client.ts';
import { asId, type ArtifactId, type NodeId, type RunId } from '../ids.ts';
import { isJsonObject, type JsonObject } from '../json.ts';

export interface RunOutput {
  readonly artifactId: ArtifactId;
  readonly nodeId: NodeId;
  /** The type of the node in the run's document ('' when the document does not name it). */
  readonly nodeType: string;
  readonly port: string;
  /** 'image' | 'token_plan' | … */
  readonly kind: string;
  readonly mimeType: string | null;
  /** Produced by an earlier run: this run's node was a cache hit. */
  readonly cached: boolean;
}

interface DocumentShape {
  readonly types: ReadonlyMap<string, string>;
  readonly edges: readonly { from: string; to: string; toPort: string }[];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Node types and edges of a stored document, reading only what is well formed. */
export function documentShape(document: JsonObject): DocumentShape {
  const types = new Map<string, string>();
  const edges: { from: string; to: string; toPort: string }[] = [];
  for (const node of Array.isArray(document.nodes) ? document.nodes : []) {
    if (!isJsonObject(node)) continue;
    const id = text(node.id);
    const type = text(node.type);
    if (id !== undefined && type !== undefined) types.set(id, type);
  }
  for (const edge of Array.isArray(document.edges) ? document.edges : []) {
    if (!isJsonObject(edge) || !isJsonObject(edge.from) || !isJsonObject(edge.to)) continue;
    const from = text(edge.from.node);
    const to = text(edge.to.node);
    const toPort = text(edge.to.port);
    if (from !== undefined && to !== undefined && toPort !== undefined)
      edges.push({ from, to, toPort });
  }
  return { types, edges };
}

/** Every stored output of the run, its own first (in creation order), then cached ones. */
export async function listRunOutputs(
  db: DbClient,
  runId: RunId,
  document: JsonObject,
): Promise<RunOutput[]> {
  const { types } = documentShape(document);
  const own = await db.artifact.findMany({
    where: { runId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, nodeId: true, port: true, kind: true, mimeType: true },
  });
  const outputs: RunOutput[] = own.map((a) => ({
    artifactId: asId<ArtifactId>(a.id),
    nodeId: asId<NodeId>(a.nodeId),
    nodeType: types.get(a.nodeId) ?? '',
    port: a.port,
    kind: a.kind,
    mimeType: a.mimeType,
    cached: false,
  }));
  const withOwn = new Set(own.map((a) => a.nodeId));
  const cachedNodes = await db.runNode.findMany({
    where: { runId, cached: true, status: 'succeeded', cacheKey: { not: null } },
    orderBy: { nodeId: 'asc' },
    select: { nodeId: true, nodeType: true, cacheKey: true },
  });
  for (const node of cachedNodes) {
    if (withOwn.has(node.nodeId) || node.cacheKey === null) continue;
    const found = await db.artifact.findMany({
      where: { cacheKey: node.cacheKey },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: { id: true, port: true, kind: true, mimeType: true },
    });
    const ports = new Set<string>();
    for (const a of found) {
      if (ports.has(a.port)) continue;
      ports.add(a.port);
      outputs.push({
        artifactId: asId<ArtifactId>(a.id),
        nodeId: asId<NodeId>(node.nodeId),
        nodeType: types.get(node.nodeId) ?? node.nodeType,
        port: a.port,
        kind: a.kind,
        mimeType: a.mimeType,
        cached: true,
      });
    }
  }
  return outputs;
}

/** The first output of `kind` among the nodes feeding a node of `targetType`. */
function feeding(
  shape: DocumentShape,
  outputs: readonly RunOutput[],
  targetType: string,
  kind: string,
): RunOutput | undefined {
  const sources = shape.edges
    .filter((edge) => shape.types.get(edge.to) === targetType)
    .map((edge) => edge.from);
  for (const source of sources) {
    const found = outputs.find((o) => o.nodeId === source && o.kind === kind);
    if (found) return found;
  }
  return undefined;
}

const ofType = (outputs: readonly RunOutput[], type: string, kind: string) =>
  outputs.find((o) => o.nodeType === type && o.kind === kind);

/**
 * The image the run saved: the output of the node feeding image.save (the upscaler or the
 * decoder); without an image.save node, the upscaler's or else the decoder's image.
 */
export function savedImageOf(
  document: JsonObject,
  outputs: readonly RunOutput[],
): RunOutput | null {
  return (
    feeding(documentShape(document), outputs, 'image.save', 'image') ??
    ofType(outputs, 'image.upscale', 'image') ??
    ofType(outputs, 'diffusion.decode', 'image') ??
    null
  );
}

/** The plan the decoder rendered (else the last plan the run stored). */
export function renderedPlanOf(
  document: JsonObject,
  outputs: readonly RunOutput[],
): RunOutput | null {
  return (
    feeding(documentShape(document), outputs, 'diffusion.decode', 'token_plan') ??
    outputs.findLast((o) => o.kind === 'token_plan') ??
    null
  );
}

/** The mosaic a plan.preview node drew, if the run has one. */
export const planPreviewOf = (outputs: readonly RunOutput[]): RunOutput | null =>
  ofType(outputs, 'plan.preview', 'image') ?? null;
