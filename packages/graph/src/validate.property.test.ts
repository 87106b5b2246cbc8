import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { plan } from './plan.ts';
import { PROBLEM_CODES } from './problems.ts';
import { createToyCatalogue, sampleWorkflowJson, toySpecs } from './testing/index.ts';
import { validate } from './validate.ts';

const catalogue = createToyCatalogue();
const knownCodes = new Set<string>(Object.values(PROBLEM_CODES));

/** The invariants validate keeps on any input; throws (failing the property) when one breaks. */
function checkValidate(input: unknown): void {
  const first = validate(input, catalogue);
  const second = validate(input, catalogue);
  expect(second).toEqual(first);
  expect(Array.isArray(first.problems)).toBe(true);
  for (const problem of first.problems) {
    if (!knownCodes.has(problem.code)) throw new Error(`unknown code ${problem.code}`);
    if (problem.severity !== 'error' && problem.severity !== 'warning')
      throw new Error(`bad severity ${String(problem.severity)}`);
    if (typeof problem.message !== 'string' || problem.message.length === 0)
      throw new Error('empty message');
    if (!problem.path.every((part) => typeof part === 'string' || typeof part === 'number'))
      throw new Error('bad path');
  }
  expect(first.ok).toBe(first.problems.every((p) => p.severity === 'warning'));
  if (first.ok) {
    // A document validate accepts can be planned and keyed.
    plan(first.document, catalogue);
    computeCacheKeys(first.document, catalogue);
  }
}

// ---- Documents built from the pieces a workflow is made of, to get past the envelope often.

const nodeTypes = toySpecs.map((spec) => spec.type);
const portNames = [
  ...new Set(
    toySpecs.flatMap((spec) => [...spec.inputs, ...spec.outputs].map((port) => port.name)),
  ),
];
const paramNames = [...new Set(toySpecs.flatMap((spec) => spec.params.map((param) => param.name)))];
const ids = ['a', 'b', 'c', 'd', 'text', 'sketch', '__proto__', 'constructor', ''];

const paramValue = fc.oneof(
  fc.integer({ min: -5, max: 70 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(8, 16, 32, 2, 4, 2 ** 32, 'toy', '', true),
  fc.jsonValue({ maxDepth: 2 }),
);
const looseNode = fc.record(
  {
    id: fc.oneof(fc.constantFrom(...ids), fc.jsonValue({ maxDepth: 1 })),
    type: fc.oneof(fc.constantFrom(...nodeTypes, 'KSampler'), fc.jsonValue({ maxDepth: 1 })),
    params: fc.oneof(
      fc.dictionary(fc.constantFrom(...paramNames, 'junk', '__proto__'), paramValue, {
        maxKeys: 4,
      }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    position: fc.oneof(
      fc.record({ x: fc.integer(), y: fc.integer() }),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    title: fc.string(),
  },
  { requiredKeys: ['id', 'type'] },
);
const portRef = fc.record({
  node: fc.constantFrom(...ids),
  port: fc.constantFrom(...portNames, 'nope'),
});
const looseEdge = fc.oneof(
  fc.record({ id: fc.constantFrom('e1', 'e2', 'e3', ''), from: portRef, to: portRef }),
  fc.jsonValue({ maxDepth: 2 }),
);
const looseDocument = fc.record(
  {
    format: fc.oneof(fc.constant('tessera.workflow'), fc.jsonValue({ maxDepth: 0 })),
    version: fc.oneof(fc.constantFrom(1, 1, 1, 0, 2, 1.5, -1), fc.jsonValue({ maxDepth: 0 })),
    name: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 0 })),
    description: fc.string(),
    nodes: fc.oneof(fc.array(looseNode, { maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })),
    edges: fc.oneof(fc.array(looseEdge, { maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: ['format', 'version'] },
);

// ---- Mutations of the valid sample document.

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(child, path, out);
  }
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | undefined {
  let current = root;
  for (const key of path.slice(0, -1)) current = (current as Record<string | number, Json>)[key];
  return typeof current === 'object' && current !== null
    ? (current as Record<string | number, Json>)
    : undefined;
}

const mutation = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    pick: fc.nat(),
    value: fc.oneof(paramValue, fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('edge' as const), edge: looseEdge }),
  fc.record({ op: fc.constant('node' as const), node: looseNode }),
  fc.record({
    op: fc.constant('param' as const),
    pick: fc.nat(),
    name: fc.constantFrom(...paramNames),
    value: paramValue,
  }),
  fc.record({
    op: fc.constant('retype' as const),
    pick: fc.nat(),
    type: fc.constantFrom(...nodeTypes),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function applyMutation(doc: Record<string, Json>, m: Mutation): void {
  const paths = pathsOf(doc);
  const nodes = Array.isArray(doc.nodes) ? (doc.nodes as Json[]) : [];
  const edges = Array.isArray(doc.edges) ? (doc.edges as Json[]) : undefined;
  const nodeAt = (pick: number): Record<string, Json> | undefined => {
    const node = nodes.length > 0 ? nodes[pick % nodes.length] : undefined;
    return typeof node === 'object' && node !== null && !Array.isArray(node)
      ? (node as Record<string, Json>)
      : undefined;
  };
  switch (m.op) {
    case 'set':
    case 'delete': {
      const path = paths[m.pick % Math.max(paths.length, 1)];
      const parent = path && parentOf(doc, path);
      const key = path?.[path.length - 1];
      if (!parent || key === undefined) return;
      if (m.op === 'set') parent[key] = m.value;
      else if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    }
    case 'swap': {
      const [a, b] = [
        paths[m.pick % Math.max(paths.length, 1)],
        paths[m.other % Math.max(paths.length, 1)],
      ];
      const [pa, pb] = [a && parentOf(doc, a), b && parentOf(doc, b)];
      if (!a || !b || !pa || !pb) return;
      const [ka, kb] = [a[a.length - 1]!, b[b.length - 1]!];
      [pa[ka], pb[kb]] = [structuredClone(pb[kb]), structuredClone(pa[ka])];
      return;
    }
    case 'edge':
      edges?.push(m.edge);
      return;
    case 'node':
      nodes.push(m.node);
      return;
    case 'param': {
      const node = nodeAt(m.pick);
      if (node && typeof node.params === 'object' && node.params !== null)
        (node.params as Record<string, Json>)[m.name] = m.value;
      return;
    }
    case 'retype': {
      const node = nodeAt(m.pick);
      if (node) node.type = m.type;
    }
  }
}

// Thousands of runs each: a few seconds on a quiet machine, several times that on a busy one.
const PROPERTY_TIMEOUT_MS = 120_000;

describe('validate (property)', () => {
  it(
    'never throws, reports known codes and is deterministic on 10,000 random JSON values',
    () => {
      fc.assert(fc.property(fc.jsonValue(), checkValidate), { numRuns: 10_000 });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'holds on random documents made of workflow pieces',
    () => {
      fc.assert(fc.property(looseDocument, checkValidate), { numRuns: 2_000 });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'holds on random mutations of the valid sample document',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          const doc = sampleWorkflowJson() as Record<string, Json>;
          for (const m of mutations) applyMutation(doc, m);
          checkValidate(doc);
        }),
        { numRuns: 3_000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
