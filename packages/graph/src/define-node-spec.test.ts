import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineNodeSpec } from './define-node-spec.ts';
import type { NodeSpec, ParamsOf } from './node-spec.ts';

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

describe('defineNodeSpec', () => {
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

  it('throws naming the type when the spec is malformed', () => {
    expect(() => defineNodeSpec({ ...base, version: 0 })).toThrow('"test.node"');
    expect(() =>
      defineNodeSpec({ ...base, params: [{ name: 'x', kind: 'enum', options: [] }] }),
    ).toThrow('malformed');
  });

  it('throws on duplicate param, input or output names', () => {
    const twice = [
      { name: 'x', kind: 'int' },
      { name: 'x', kind: 'float' },
    ] as const;
    expect(() => defineNodeSpec({ ...base, params: twice })).toThrow('duplicate param "x"');
    expect(() =>
      defineNodeSpec({
        ...base,
        inputs: [
          { name: 'image', type: 'IMAGE' },
          { name: 'image', type: 'IMAGE' },
        ],
      }),
    ).toThrow('duplicate input "image"');
  });

  it('throws when a default breaks its own constraints', () => {
    expect(() =>
      defineNodeSpec({ ...base, params: [{ name: 'n', kind: 'int', default: 11, max: 10 }] }),
    ).toThrow('default of param "n" must be at most 10');
    expect(() =>
      defineNodeSpec({
        ...base,
        params: [{ name: 'g', kind: 'enum', options: [32, 64], default: 16 }],
      }),
    ).toThrow('must be one of 32, 64');
    expect(() =>
      defineNodeSpec({ ...base, params: [{ name: 'n', kind: 'int', min: 3, max: 1 }] }),
    ).toThrow('min > max');
    expect(() =>
      defineNodeSpec({
        ...base,
        params: [{ name: 'p', kind: 'string', pattern: '[a-z]+', default: 'A' }],
      }),
    ).toThrow('default of param "p" must be text matching /[a-z]+/');
  });

  it('throws when a string pattern is not a regular expression', () => {
    expect(() =>
      defineNodeSpec({ ...base, params: [{ name: 'p', kind: 'string', pattern: '[a-' }] }),
    ).toThrow('param "p" has a pattern that is not a regular expression');
  });

  it('accepts a required param without default', () => {
    expect(
      defineNodeSpec({ ...base, params: [{ name: 'text', kind: 'string', multiline: true }] })
        .params[0],
    ).toMatchObject({
      name: 'text',
    });
  });
});
