// What a document needs that no connected runner offers: node types, models, model versions.
// Said before any run, so a user knows what to connect (or change) instead of waiting for a
// placement timeout.
import type { Catalogue } from './catalogue.ts';
import { FlattenError, type FlattenResult, flattenDocument } from './flatten-document.ts';
import type { NodeId } from './ids.ts';
import { resolveParams } from './params.ts';
import type { WorkflowDocument, WorkflowNode } from './workflow-schema.ts';

/** A model package a runner holds: its id and package hash (`modelPackageSha256`). */
export interface HeldModel {
  readonly id: string;
  readonly sha256: string;
}

/** What one connected runner can do, as far as placing a node goes. */
export interface RunnerCapabilities {
  readonly nodeTypes: readonly string[];
  readonly models: readonly HeldModel[];
}

export type MissingPieceKind = 'node-type' | 'model' | 'model-version';

/** One thing a node needs that no connected runner has. */
export interface MissingPiece {
  readonly kind: MissingPieceKind;
  readonly nodeId: NodeId;
  readonly nodeType: string;
  /** The missing thing by name: the node type, or the model id. */
  readonly what: string;
  /** A sentence saying what is missing and what would fix it. */
  readonly detail: string;
}

const short = (sha256: string): string => sha256.slice(0, 12);

/** The model a node names: its `model` param with defaults applied (spec known) or as written. */
export function modelOfNode(node: WorkflowNode, catalogue?: Catalogue): string | undefined {
  const spec = catalogue?.find(node.type);
  const params = spec ? resolveParams(spec, node.params) : node.params;
  const model = params.model;
  return typeof model === 'string' && model !== '' ? model : undefined;
}

function modelPiece(
  node: WorkflowNode,
  nodeId: NodeId,
  model: string,
  doc: WorkflowDocument,
  runners: readonly RunnerCapabilities[],
): MissingPiece | undefined {
  const base = { nodeId, nodeType: node.type, what: model };
  const holders = runners.filter((r) => r.models.some((m) => m.id === model));
  if (holders.length === 0) {
    return {
      ...base,
      kind: 'model',
      detail: `No connected runner holds the model “${model}”. Connect a runner with that model package, or pick another model for this node.`,
    };
  }
  const capable = holders.filter((r) => r.nodeTypes.includes(node.type));
  if (capable.length === 0) {
    return {
      ...base,
      kind: 'model',
      detail: `The runners that hold the model “${model}” do not offer ${node.type}.`,
    };
  }
  const pinned = doc.models?.[model];
  if (pinned === undefined) return undefined;
  const versions = capable.flatMap((r) => r.models.filter((m) => m.id === model));
  if (versions.some((m) => m.sha256 === pinned)) return undefined;
  const offered = [...new Set(versions.map((m) => short(m.sha256)))].join(', ');
  return {
    ...base,
    kind: 'model-version',
    detail: `This workflow was made with “${model}” package ${short(pinned)}; the connected runners hold ${offered}. A run may not match the original.`,
  };
}

/** The document's component instances expanded; as it is when they cannot be. */
function flattenedOrAsIs(doc: WorkflowDocument): Pick<FlattenResult, 'document' | 'nodeOrigins'> {
  try {
    return flattenDocument(doc);
  } catch (error) {
    if (error instanceof FlattenError) return { document: doc, nodeOrigins: new Map() };
    throw error;
  }
}

/**
 * Every node whose type no runner offers, whose model no runner (offering its type) holds, or
 * whose pinned model package (`doc.models`) differs from every connected runner's. In node
 * order; a node of a missing type is not checked further. What a component node's inner nodes
 * need is said of the component node, once per missing thing.
 */
export function missingPieces(
  doc: WorkflowDocument,
  runners: readonly RunnerCapabilities[],
  catalogue?: Catalogue,
): MissingPiece[] {
  const offered = new Set(runners.flatMap((r) => r.nodeTypes));
  const pieces: MissingPiece[] = [];
  const said = new Set<string>();
  const add = (piece: MissingPiece) => {
    const key = `${piece.nodeId}\n${piece.kind}\n${piece.what}`;
    if (!said.has(key)) pieces.push(piece);
    said.add(key);
  };
  const flat = flattenedOrAsIs(doc);
  for (const node of flat.document.nodes) {
    const nodeId = flat.nodeOrigins.get(node.id)?.instance ?? node.id;
    if (!offered.has(node.type)) {
      add({
        kind: 'node-type',
        nodeId,
        nodeType: node.type,
        what: node.type,
        detail: `No connected runner offers the node type “${node.type}”.`,
      });
      continue;
    }
    const model = modelOfNode(node, catalogue);
    const piece = model === undefined ? undefined : modelPiece(node, nodeId, model, doc, runners);
    if (piece) add(piece);
  }
  return pieces;
}
