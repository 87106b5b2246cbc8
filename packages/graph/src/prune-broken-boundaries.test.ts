import { describe, expect, it } from 'vitest';
import type { ComponentDefinition } from './component-schema.ts';
import { nodeId } from './ids.ts';
import { PROBLEM_CODES, type ProblemCode } from './problems.ts';
import { pruneBrokenBoundaries } from './prune-broken-boundaries.ts';
import { sketcherDocument } from './testing/components.ts';
import { createToyCatalogue } from './testing/index.ts';
import { validate } from './validate.ts';
import { type WorkflowDocument, zWorkflowDocument } from './workflow-schema.ts';

const catalogue = createToyCatalogue();

/** `doc` after deleting inner node `node` of definition `id` (and its inner links), as the editor does. */
function deleteInner(doc: WorkflowDocument, id: string, node: string): WorkflowDocument {
  const definition = doc.components![id]!;
  const edited: ComponentDefinition = {
    ...definition,
    nodes: definition.nodes.filter((n) => n.id !== node),
    edges: definition.edges.filter((e) => e.from.node !== node && e.to.node !== node),
  };
  return { ...doc, components: { ...doc.components, [id]: edited } };
}

const DANGLING = new Set<ProblemCode>([
  PROBLEM_CODES.BAD_COMPONENT_BOUNDARY,
  PROBLEM_CODES.UNKNOWN_INPUT_PORT,
  PROBLEM_CODES.UNKNOWN_OUTPUT_PORT,
  PROBLEM_CODES.UNKNOWN_PARAM,
]);

/** Problems about references that point at nothing. */
const danglingProblems = (doc: WorkflowDocument) =>
  validate(doc, catalogue).problems.filter((p) => DANGLING.has(p.code));

/** The sketcher used by `outer` (its `inner`), whose image and seed `outer` passes on. */
function nestedDocument(): WorkflowDocument {
  const doc = sketcherDocument({ a: { seed: 3 } });
  return zWorkflowDocument.parse({
    ...doc,
    nodes: [
      ...doc.nodes,
      { id: 'o', type: 'component:outer', params: { seed: 5 } },
      { id: 'show-o', type: 'toy.show', params: {} },
    ],
    edges: [
      ...doc.edges,
      { id: 'in-o', from: { node: 'text', port: 'text' }, to: { node: 'o', port: 'text' } },
      { id: 'out-o', from: { node: 'o', port: 'image' }, to: { node: 'show-o', port: 'image' } },
    ],
    components: {
      ...doc.components,
      outer: {
        name: 'Outer',
        version: 1,
        nodes: [{ id: 'inner', type: 'component:sketcher', params: {} }],
        edges: [],
        inputs: [{ name: 'text', type: 'PROMPT', to: [{ node: 'inner', port: 'text' }] }],
        outputs: [{ name: 'image', type: 'IMAGE', from: { node: 'inner', port: 'image' } }],
        params: [{ name: 'seed', target: { node: 'inner', param: 'seed' } }],
      },
    },
  });
}

describe('pruneBrokenBoundaries', () => {
  it('drops an output whose inner node went, with every instance’s links from it', () => {
    const before = sketcherDocument({ a: {}, b: {} });
    expect(danglingProblems(before)).toEqual([]);
    const { document, dropped } = pruneBrokenBoundaries(
      before,
      deleteInner(before, 'sketcher', 'paint'),
    );
    expect(dropped).toEqual([
      {
        component: 'sketcher',
        kind: 'output',
        name: 'image',
        node: 'paint',
        port: 'image',
        cause: 'node',
      },
    ]);
    const definition = document.components!.sketcher!;
    expect(definition.outputs).toEqual([]);
    // The input fed paint and sketch: it keeps feeding sketch.
    expect(definition.inputs).toEqual([
      { name: 'text', type: 'PROMPT', to: [{ node: 'sketch', port: 'text' }] },
    ]);
    expect(document.edges.map((e) => e.id)).toEqual(['in-a', 'in-b']);
    expect(danglingProblems(document)).toEqual([]);
  });

  it('drops an exposed param whose inner node went, with the instances’ values and a sweep of it', () => {
    const before = { ...sketcherDocument({ a: { seed: 3 } }) };
    const swept: WorkflowDocument = {
      ...before,
      sweep: { node: nodeId('a'), param: 'seed', values: [1, 2] },
    };
    const { document, dropped } = pruneBrokenBoundaries(
      swept,
      deleteInner(swept, 'sketcher', 'sketch'),
    );
    expect(dropped).toEqual([
      {
        component: 'sketcher',
        kind: 'param',
        name: 'seed',
        node: 'sketch',
        port: 'seed',
        cause: 'node',
      },
    ]);
    expect(document.components!.sketcher!.params).toEqual([]);
    expect(document.nodes.find((n) => n.id === 'a')?.params).toEqual({});
    expect(document.sweep).toBeUndefined();
    expect(danglingProblems(document)).toEqual([]);
  });

  it('follows a lost port or param out through the definitions that nest it', () => {
    const before = nestedDocument();
    expect(danglingProblems(before)).toEqual([]);
    const afterPaint = pruneBrokenBoundaries(before, deleteInner(before, 'sketcher', 'paint'));
    expect(afterPaint.dropped).toEqual([
      {
        component: 'sketcher',
        kind: 'output',
        name: 'image',
        node: 'paint',
        port: 'image',
        cause: 'node',
      },
      {
        component: 'outer',
        kind: 'output',
        name: 'image',
        node: 'inner',
        port: 'image',
        cause: 'port',
      },
    ]);
    expect(afterPaint.document.edges.map((e) => e.id)).toEqual(['in-a', 'in-o']);
    expect(danglingProblems(afterPaint.document)).toEqual([]);

    const afterSketch = pruneBrokenBoundaries(before, deleteInner(before, 'sketcher', 'sketch'));
    expect(afterSketch.dropped.map((d) => `${d.component}.${d.name}`)).toEqual([
      'sketcher.seed',
      'outer.seed',
    ]);
    expect(afterSketch.document.nodes.find((n) => n.id === 'o')?.params).toEqual({});
    expect(afterSketch.document.nodes.find((n) => n.id === 'a')?.params).toEqual({});
    expect(danglingProblems(afterSketch.document)).toEqual([]);
  });

  it('leaves references that were broken before the edit, and an edit that breaks none', () => {
    const doc = sketcherDocument();
    const sketcher = doc.components!.sketcher!;
    const broken: WorkflowDocument = {
      ...doc,
      components: {
        sketcher: {
          ...sketcher,
          params: [
            ...sketcher.params,
            { name: 'ghost', target: { node: nodeId('gone'), param: 'x' } },
          ],
        },
      },
    };
    const moved: WorkflowDocument = {
      ...broken,
      components: {
        sketcher: { ...broken.components!.sketcher!, nodes: [...sketcher.nodes].reverse() },
      },
    };
    const result = pruneBrokenBoundaries(broken, moved);
    expect(result.document).toBe(moved);
    expect(result.dropped).toEqual([]);
    expect(pruneBrokenBoundaries(doc, { ...doc, name: 'renamed' }).document.name).toBe('renamed');
  });
});
