import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from './problems.ts';
import { sketcherDefinition, sketcherDocumentJson } from './testing/components.ts';
import { createToyCatalogue } from './testing/index.ts';
import { validate } from './validate.ts';

const catalogue = createToyCatalogue();
const codes = (input: unknown) => validate(input, catalogue).problems.map((p) => p.code);

describe('validate with components', () => {
  it('accepts a document whose instances are sound', () => {
    const result = validate(sketcherDocumentJson({ a: {}, b: { seed: 3 } }), catalogue);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('checks an instance against its definition: ports, params and their values', () => {
    const json = sketcherDocumentJson({ sk: { seed: -1, steps: 3 } });
    json.edges.push({
      id: 'x',
      from: { node: 'sk', port: 'nope' },
      to: { node: 'show-sk', port: 'image' },
    });
    const problems = validate(json, catalogue).problems;
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual(
      expect.arrayContaining([
        [PROBLEM_CODES.PARAM_OUT_OF_RANGE, 'nodes.1.params.seed'],
        [PROBLEM_CODES.UNKNOWN_PARAM, 'nodes.1.params.steps'],
        [PROBLEM_CODES.UNKNOWN_OUTPUT_PORT, 'edges.2.from.port'],
      ]),
    );
  });

  it('points a problem inside a component at the instance and the inner node', () => {
    const json = sketcherDocumentJson({ first: {}, second: {} });
    const definition = sketcherDefinition();
    definition.nodes[1] = { id: 'paint', type: 'toy.paint', params: { steps: 99 } };
    json.components.sketcher = definition;
    const inside = validate(json, catalogue).problems.filter((p) => p.inner !== undefined);
    expect(inside.map((p) => [p.code, p.path.join('.'), p.nodeId, p.inner])).toEqual([
      [PROBLEM_CODES.PARAM_OUT_OF_RANGE, 'nodes.1', 'first', 'paint'],
      [PROBLEM_CODES.PARAM_OUT_OF_RANGE, 'nodes.2', 'second', 'paint'],
    ]);
    expect(inside[0]!.message).toMatch(/component node "first".*"first\/paint"/);
  });

  it('reports an inner input that nothing feeds once, at the instance', () => {
    const json = sketcherDocumentJson();
    json.edges = json.edges.filter((edge) => (edge as { id: string }).id !== 'in-sk');
    const problems = validate(json, catalogue).problems;
    expect(problems.map((p) => [p.code, p.nodeId])).toEqual([
      [PROBLEM_CODES.REQUIRED_INPUT_MISSING, 'sk'],
    ]);
  });

  it('refuses definitions that contain each other, naming them', () => {
    const json = sketcherDocumentJson();
    const looping = sketcherDefinition();
    looping.nodes.push({ id: 'other', type: 'component:other', params: {} });
    json.components = {
      sketcher: looping,
      other: {
        ...sketcherDefinition(),
        nodes: [...sketcherDefinition().nodes, { id: 'back', type: 'component:sketcher' }],
      },
    };
    const result = validate(json, catalogue);
    expect(result.ok).toBe(false);
    const cycle = result.problems.find((p) => p.code === PROBLEM_CODES.COMPONENT_CYCLE);
    expect(cycle?.path).toEqual(['components', 'other']);
    expect(cycle?.message).toContain('"other", "sketcher"');
  });

  it('reports boundaries naming inner ports or params that do not exist', () => {
    const json = sketcherDocumentJson();
    json.components.sketcher = {
      ...sketcherDefinition(),
      outputs: [{ name: 'image', type: 'IMAGE', from: { node: 'ghost', port: 'image' } }],
      params: [{ name: 'seed', target: { node: 'sketch', param: 'colour' } }],
    };
    const paths = validate(json, catalogue)
      .problems.filter((p) => p.code === PROBLEM_CODES.BAD_COMPONENT_BOUNDARY)
      .map((p) => p.path.join('.'));
    expect(paths).toEqual([
      'components.sketcher.outputs.0.from',
      'components.sketcher.params.0.target',
    ]);
  });

  it('reports a malformed definition and an instance of a definition the document lacks', () => {
    const json = sketcherDocumentJson();
    json.components.sketcher = { ...sketcherDefinition(), version: 0 };
    expect(codes(json)).toContain(PROBLEM_CODES.MALFORMED_DOCUMENT);
    const orphan = sketcherDocumentJson();
    orphan.components = {};
    expect(codes(orphan)).toContain(PROBLEM_CODES.UNKNOWN_NODE_TYPE);
  });

  it('accepts a sweep over an exposed param', () => {
    const json = {
      ...sketcherDocumentJson(),
      sweep: { node: 'sk', param: 'seed', values: [1, 2] },
    };
    expect(validate(json, catalogue).problems).toEqual([]);
    expect(codes({ ...json, sweep: { ...json.sweep, values: [1, -2] } })).toContain(
      PROBLEM_CODES.PARAM_OUT_OF_RANGE,
    );
  });
});
