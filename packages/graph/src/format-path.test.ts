import { describe, expect, it } from 'vitest';
import { formatPath } from './format-path.ts';

describe('formatPath', () => {
  it('writes names with dots and indexes in brackets', () => {
    expect(formatPath(['nodes', 2, 'params', 'seed'])).toBe('nodes[2].params.seed');
    expect(formatPath([0, 'x'])).toBe('[0].x');
    expect(formatPath(['$ref', '_private'])).toBe('$ref._private');
  });

  it('quotes a key that is not an identifier', () => {
    expect(formatPath(['stages', 'ar.plan', 'inputs', 0, 'dtype'])).toBe(
      'stages["ar.plan"].inputs[0].dtype',
    );
    expect(formatPath(['params', 'two words', '"q"'])).toBe('params["two words"]["\\"q\\""]');
    expect(formatPath(['7up'])).toBe('["7up"]');
  });

  it('writes a symbol by its description and the empty path as nothing', () => {
    expect(formatPath(['a', Symbol('s')])).toBe('a["Symbol(s)"]');
    expect(formatPath([])).toBe('');
  });
});
