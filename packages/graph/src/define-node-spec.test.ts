import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineNodeSpec } from './define-node-spec.ts';
import { assertNodeSpec, nodeSpecProblems } from './node-spec-problems.ts';
import type { NodeSpec, ParamsOf } from './node-spec.ts';
import { toySpecs } from './testing/toy-specs.ts';

const base = {
  type: 'test.node',
  version: 1,
  title: 'Test',
  category: 'test',
  description: '',
  params: [],
  inputs: [],
  outputs: [],
  output: false,
} satisfies NodeSpec;

describe('node specs', () => {
  it('returns the spec with its literal types, so params can be typed from it', () => {
    const spec = defineNodeSpec({
      ...base,
      params: [
        { name: 'count', kind: 'int', default: 1 },
        { name: 'mode', kind: 'enum', options: ['a', 'b'], default: 'a' },
        { name: 'label', kind: 'string' },
        { name: 'on', kind: 'boolean', default: false },
      ],
    });
    expect(spec.params).toHaveLength(4);
    expectTypeOf<ParamsOf<typeof spec>>().toEqualTypeOf<{
      count: number;
      mode: 'a' | 'b';
      label: string;
      on: boolean;
    }>();
  });

  it('are refused naming the type when malformed', () => {
    expect(() => assertNodeSpec({ ...base, version: 0 })).toThrow('"test.node"');
    expect(() =>
      assertNodeSpec({ ...base, params: [{ name: 'x', kind: 'enum', options: [] }] }),
    ).toThrow('malformed');
  });

  it('are refused with duplicate param, input or output names', () => {
    const twice = [
      { name: 'x', kind: 'int' },
      { name: 'x', kind: 'float' },
    ] as const;
    expect(() => assertNodeSpec({ ...base, params: twice })).toThrow('duplicate param "x"');
    expect(() =>
      assertNodeSpec({
        ...base,
        inputs: [
          { name: 'image', type: 'IMAGE' },
          { name: 'image', type: 'IMAGE' },
        ],
      }),
    ).toThrow('duplicate input "image"');
  });

  it('are refused when a default breaks its own constraints', () => {
    expect(() =>
      assertNodeSpec({ ...base, params: [{ name: 'n', kind: 'int', default: 11, max: 10 }] }),
    ).toThrow('default of param "n" must be at most 10');
    expect(() =>
      assertNodeSpec({
        ...base,
        params: [{ name: 'g', kind: 'enum', options: [32, 64], default: 16 }],
      }),
    ).toThrow('must be one of 32, 64');
    expect(() =>
      assertNodeSpec({ ...base, params: [{ name: 'n', kind: 'int', min: 3, max: 1 }] }),
    ).toThrow('min > max');
    expect(() =>
      assertNodeSpec({
        ...base,
        params: [{ name: 'p', kind: 'string', pattern: '[a-z]+', default: 'A' }],
      }),
    ).toThrow('default of param "p" must be text matching /[a-z]+/');
  });

  it('are refused when a string pattern is not a regular expression', () => {
    expect(() =>
      assertNodeSpec({ ...base, params: [{ name: 'p', kind: 'string', pattern: '[a-' }] }),
    ).toThrow('param "p" has a pattern that is not a regular expression');
  });

  it('accept a required param without default', () => {
    expect(
      nodeSpecProblems({ ...base, params: [{ name: 'text', kind: 'string', multiline: true }] }),
    ).toEqual([]);
  });

  it('are not checked as they are declared (their tests check them)', () => {
    const unsound = {
      ...base,
      params: [{ name: 'n', kind: 'int', default: 11, max: 10 }],
    } as const;
    expect(defineNodeSpec(unsound)).toBe(unsound);
    expect(nodeSpecProblems(unsound)).toEqual([
      'Node spec "test.node" is inconsistent: default of param "n" must be at most 10, got 11',
    ]);
  });

  it('of the tests’ toy catalogue are sound', () => {
    for (const spec of toySpecs) expect(nodeSpecProblems(spec), spec.type).toEqual([]);
  });
});
