// Fuzzed documents with components: validate() never throws on them, and what it accepts can be
// flattened, planned and keyed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { flattenDocument } from './flatten-document.ts';
import { plan } from './plan.ts';
import { PROBLEM_CODES } from './problems.ts';
import { sketcherDocumentJson } from './testing/components.ts';
import { createToyCatalogue, toySpecs } from './testing/index.ts';
import { validate } from './validate.ts';

const catalogue = createToyCatalogue();
const knownCodes = new Set<string>(Object.values(PROBLEM_CODES));

function checkValidate(input: unknown): void {
  const result = validate(input, catalogue);
  expect(validate(input, catalogue)).toEqual(result);
  for (const problem of result.problems) {
    if (!knownCodes.has(problem.code)) throw new Error(`unknown code ${problem.code}`);
    if (problem.message.length === 0) throw new Error('empty message');
  }
  if (result.ok) {
    const flat = flattenDocument(result.document).document;
    plan(flat, catalogue);
    computeCacheKeys(flat, catalogue);
  }
}

const componentTypes = ['component:sketcher', 'component:other', 'component:ghost'];
const nodeType = fc.constantFrom(...toySpecs.map((spec) => spec.type), ...componentTypes);
const nodeIds = ['sketch', 'paint', 'text', 'sk', 'other', 'a/b', ''];
const portNames = ['text', 'sketch', 'image', 'nope'];
const ref = fc.record({ node: fc.constantFrom(...nodeIds), port: fc.constantFrom(...portNames) });
const innerNode = fc.record({
  id: fc.constantFrom(...nodeIds),
  type: nodeType,
  params: fc.dictionary(
    fc.constantFrom('seed', 'steps', 'text', 'x'),
    fc.jsonValue({ maxDepth: 1 }),
    { maxKeys: 2 },
  ),
});
const definition = fc.record(
  {
    name: fc.oneof(fc.constant('C'), fc.jsonValue({ maxDepth: 0 })),
    version: fc.constantFrom(1, 2, 0, 'one'),
    nodes: fc.array(innerNode, { maxLength: 4 }),
    edges: fc.array(fc.record({ id: fc.constantFrom('i1', 'i2'), from: ref, to: ref }), {
      maxLength: 3,
    }),
    inputs: fc.array(
      fc.record({
        name: fc.constantFrom('text', 'in'),
        type: fc.constantFrom('PROMPT', 'IMAGE', 'BAD'),
        to: fc.array(ref, { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
    outputs: fc.array(
      fc.record({
        name: fc.constantFrom('image', 'out'),
        type: fc.constantFrom('IMAGE', 'TOKEN_PLAN'),
        from: ref,
      }),
      { maxLength: 2 },
    ),
    params: fc.array(
      fc.record({
        name: fc.constantFrom('seed', 'steps'),
        default: fc.jsonValue({ maxDepth: 0 }),
        target: fc.record({
          node: fc.constantFrom(...nodeIds),
          param: fc.constantFrom('seed', 'steps', 'x'),
        }),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['name', 'version', 'nodes', 'edges'] },
);

describe('validate with components (property)', () => {
  it('never throws on documents whose definitions are made of random pieces', () => {
    const components = fc.dictionary(
      fc.constantFrom('sketcher', 'other', 'bad id', '__proto__'),
      fc.oneof(definition, fc.jsonValue({ maxDepth: 1 })),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(components, fc.array(innerNode, { maxLength: 3 }), (defs, extra) => {
        const json = sketcherDocumentJson({ sk: {}, other: { seed: 2 } });
        json.components = { ...json.components, ...defs };
        json.nodes.push(...extra);
        checkValidate(json);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws when a sound component document is changed at random', () => {
    const change = fc.record({ pick: fc.nat(), value: fc.jsonValue({ maxDepth: 1 }) });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const json = sketcherDocumentJson({ a: {}, b: { seed: 4 } });
        for (const { pick, value } of changes) setSomewhere(json, pick, value);
        checkValidate(json);
      }),
      { numRuns: 150 },
    );
  });
});

/** Sets the `pick`th value of `root` (depth first, wrapping around) to `value`. */
function setSomewhere(root: object, pick: number, value: unknown): void {
  const slots: [Record<string, unknown>, string][] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      slots.push([node as Record<string, unknown>, key]);
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(root);
  const [parent, key] = slots[pick % slots.length]!;
  parent[key] = value;
}
