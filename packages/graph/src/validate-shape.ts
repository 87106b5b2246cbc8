import { z } from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { formatPath } from './format-path.ts';
import { type EdgeId, type NodeId, zEdgeId, zNodeId } from './ids.ts';
import type { RawDocument } from './migrations.ts';
import { describeValue } from './param-check.ts';
import { PROBLEM_CODES, type Problem, problem } from './problems.ts';
import {
  type WorkflowDocument,
  type WorkflowEdge,
  type WorkflowNode,
  zWorkflowDocument,
  zWorkflowEdge,
  zWorkflowNode,
} from './workflow-schema.ts';

export interface Indexed<T> {
  readonly value: T;
  /** Position in the document's array, for problem paths. */
  readonly index: number;
}

/** What survives the shape check: the well-formed nodes and edges, to check further. */
export interface ShapeResult {
  readonly document: WorkflowDocument | undefined;
  /** False when `nodes` is not an array: nothing about the graph can be said. */
  readonly graphReadable: boolean;
  readonly nodes: Indexed<WorkflowNode>[];
  readonly edges: Indexed<WorkflowEdge>[];
  /** Ids of nodes that exist but are malformed: edges to them are not dangling. */
  readonly malformedNodeIds: ReadonlySet<string>;
  /** True when some node could not be read (its type may be an output node). */
  readonly someNodeMalformed: boolean;
}

type Path = (string | number)[];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol')
      return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const ARTICLE: Record<string, string> = {
  array: 'an array',
  object: 'an object',
  int: 'an integer',
};

function issueMessage(issue: z.core.$ZodIssue, actual: unknown, where: string): string {
  if (issue.code === 'invalid_type') {
    const expected = ARTICLE[issue.expected] ?? `a ${issue.expected}`;
    if (actual === undefined) return `${where} is missing (expected ${expected}).`;
    return `${where} must be ${expected}, but it is ${describeValue(actual)}.`;
  }
  if (issue.code === 'invalid_value')
    return `${where} must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}.`;
  return `${where}: ${issue.message}.`;
}

function shapeProblems(
  error: z.ZodError,
  raw: unknown,
  prefix: Path,
  ids: { nodeId?: NodeId | undefined; edgeId?: EdgeId | undefined },
  subject: string,
): Problem[] {
  return error.issues.map((issue) => {
    const relative = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const path = [...prefix, ...relative];
    const where = relative.length > 0 ? `field "${formatPath(relative)}"` : 'it';
    const message = `${subject} is malformed: ${issueMessage(issue, valueAt(raw, issue.path), where)}`;
    return problem(PROBLEM_CODES.MALFORMED_DOCUMENT, { path, message, ...ids });
  });
}

function unknownFields(
  value: unknown,
  allowed: readonly string[],
  prefix: Path,
  subject: string,
): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) =>
      problem(PROBLEM_CODES.UNKNOWN_FIELD, {
        path: [...prefix, key],
        message: `${subject} has a field "${key}" that workflow documents do not define; it is ignored.`,
      }),
    );
}

const zEnvelope = lazySchema(() =>
  zWorkflowDocument.extend({
    nodes: z.array(z.unknown()),
    edges: z.array(z.unknown()),
  }),
);

function rawId<S extends z.ZodType>(raw: unknown, schema: S): z.output<S> | undefined {
  const id = valueAt(raw, ['id']);
  const parsed = schema.safeParse(id);
  return parsed.success ? parsed.data : undefined;
}

/** Checks the document's shape piece by piece, so one bad node does not hide the others' problems. */
export function checkShape(raw: RawDocument, problems: Problem[]): ShapeResult {
  // The fields documents, nodes and edges define (read here, not as the module loads: the schemas
  // are built on first use, see lazy-schema.ts).
  const nodeFields = Object.keys(zWorkflowNode.shape);
  const edgeFields = Object.keys(zWorkflowEdge.shape);
  const envelope = zEnvelope.safeParse(raw);
  if (!envelope.success)
    problems.push(...shapeProblems(envelope.error, raw, [], {}, 'The workflow'));
  problems.push(...unknownFields(raw, Object.keys(zWorkflowDocument.shape), [], 'The workflow'));

  const nodes: Indexed<WorkflowNode>[] = [];
  const malformedNodeIds = new Set<string>();
  const rawNodes = Array.isArray(raw.nodes) ? (raw.nodes as unknown[]) : undefined;
  rawNodes?.forEach((rawNode, index) => {
    const nodeId = rawId(rawNode, zNodeId);
    const subject = nodeId === undefined ? `Node #${index + 1}` : `Node "${nodeId}"`;
    const parsed = zWorkflowNode.safeParse(rawNode);
    if (parsed.success) nodes.push({ value: parsed.data, index });
    else {
      problems.push(...shapeProblems(parsed.error, rawNode, ['nodes', index], { nodeId }, subject));
      if (nodeId !== undefined) malformedNodeIds.add(nodeId);
    }
    problems.push(...unknownFields(rawNode, nodeFields, ['nodes', index], subject));
  });

  const edges: Indexed<WorkflowEdge>[] = [];
  const rawEdges = Array.isArray(raw.edges) ? (raw.edges as unknown[]) : [];
  rawEdges.forEach((rawEdge, index) => {
    const edgeId = rawId(rawEdge, zEdgeId);
    const subject = edgeId === undefined ? `Edge #${index + 1}` : `Edge "${edgeId}"`;
    const parsed = zWorkflowEdge.safeParse(rawEdge);
    if (parsed.success) edges.push({ value: parsed.data, index });
    else
      problems.push(...shapeProblems(parsed.error, rawEdge, ['edges', index], { edgeId }, subject));
    problems.push(...unknownFields(rawEdge, edgeFields, ['edges', index], subject));
  });

  // Every piece read: the document is the envelope with them (no second parse of each node).
  const whole =
    envelope.success && nodes.length === rawNodes?.length && edges.length === rawEdges.length
      ? { ...envelope.data, nodes: nodes.map((n) => n.value), edges: edges.map((e) => e.value) }
      : undefined;
  return {
    document: whole,
    graphReadable: rawNodes !== undefined,
    nodes,
    edges,
    malformedNodeIds,
    someNodeMalformed: rawNodes !== undefined && nodes.length < rawNodes.length,
  };
}
