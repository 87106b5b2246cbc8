import { describe, expect, it } from 'vitest';
import type { ParamSpec } from './node-spec.ts';
import { checkParamValue, describeValue } from './param-check.ts';

const code = (param: ParamSpec, value: unknown) => checkParamValue(param, value)?.code;

describe('checkParamValue', () => {
  it('checks ints: integral, within bounds', () => {
    const param: ParamSpec = { name: 'steps', kind: 'int', min: 1, max: 100 };
    expect(code(param, 20)).toBeUndefined();
    expect(code(param, 2.5)).toBe('param_wrong_type');
    expect(code(param, '20')).toBe('param_wrong_type');
    expect(code(param, 0)).toBe('param_out_of_range');
    expect(code(param, 101)).toBe('param_out_of_range');
  });

  it('checks floats, with exclusive bounds', () => {
    const param: ParamSpec = { name: 't', kind: 'float', min: 0, minExclusive: true, max: 2 };
    expect(code(param, 2)).toBeUndefined();
    expect(code(param, 0.001)).toBeUndefined();
    expect(code(param, 0)).toBe('param_out_of_range');
    expect(code(param, Number.NaN)).toBe('param_wrong_type');
    expect(checkParamValue(param, 3)?.message).toBe('must be greater than 0 and at most 2, got 3');
  });

  it('keeps seeds within 0..2^32-1', () => {
    const param: ParamSpec = { name: 'seed', kind: 'seed' };
    expect(code(param, 0)).toBeUndefined();
    expect(code(param, 2 ** 32 - 1)).toBeUndefined();
    expect(code(param, 2 ** 32)).toBe('param_out_of_range');
    expect(code(param, -1)).toBe('param_out_of_range');
    expect(code(param, 1.5)).toBe('param_wrong_type');
  });

  it('checks strings, booleans and enums', () => {
    expect(code({ name: 's', kind: 'string', maxLength: 3 }, 'abcd')).toBe('param_out_of_range');
    expect(code({ name: 's', kind: 'string' }, 1)).toBe('param_wrong_type');
    expect(code({ name: 'b', kind: 'boolean' }, 'true')).toBe('param_wrong_type');
    expect(code({ name: 'b', kind: 'boolean' }, false)).toBeUndefined();
    expect(code({ name: 'e', kind: 'enum', options: [2, 4] }, 4)).toBeUndefined();
    expect(code({ name: 'e', kind: 'enum', options: [2, 4] }, '4')).toBe('param_not_in_list');
  });

  it('checks a string pattern against the whole value, with the hint in the message', () => {
    const param: ParamSpec = {
      name: 'prefix',
      kind: 'string',
      pattern: '[a-z]+',
      patternHint: 'lowercase letters',
    };
    expect(code(param, 'abc')).toBeUndefined();
    expect(code(param, 'abc/')).toBe('param_bad_format');
    expect(code(param, '/abc')).toBe('param_bad_format');
    expect(checkParamValue(param, 'A')?.message).toBe('must be lowercase letters, got "A"');
  });
});

describe('describeValue', () => {
  it('describes values briefly', () => {
    expect(describeValue('x'.repeat(100))).toHaveLength(43);
    expect([null, [], {}, true, 3].map(describeValue)).toEqual([
      'null',
      'an array',
      'an object',
      'true',
      '3',
    ]);
  });
});
