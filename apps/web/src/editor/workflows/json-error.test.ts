import { describe, expect, it } from 'vitest';
import { findJsonError } from './json-error.ts';

describe('findJsonError', () => {
  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ', '0'])
      expect(findJsonError(text)).toBeNull();
  });

  it('points at the first bad character with line and column', () => {
    expect(findJsonError('{\n  "a": 1,\n  "b": x\n}')).toEqual({
      offset: 19,
      line: 3,
      column: 8,
      reason: 'expected a value but found “x”',
    });
  });

  it('explains the usual mistakes', () => {
    expect(findJsonError('{"a": 1,}')?.reason).toBe('a comma before “}” is not allowed in JSON');
    expect(findJsonError('[1, 2,]')?.reason).toBe('a comma before “]” is not allowed in JSON');
    expect(findJsonError("{'a': 1}")?.reason).toBe(
      "expected a property name in double quotes but found “'”",
    );
    expect(findJsonError('{"a": 1')?.reason).toBe(
      'expected “,” or “}” but found the end of the file',
    );
    expect(findJsonError('{"a": "b')?.reason).toBe('a string is not closed (missing ")');
    expect(findJsonError('{} {}')?.reason).toBe(
      'there is more text after the end of the JSON value',
    );
    expect(findJsonError('{"a": 01}')?.reason).toBe('not a valid number');
    expect(findJsonError('   ')?.reason).toBe('expected a value but found the end of the file');
  });

  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{"a":tru}', '[1 2]', '"\\x"', '{"a" 1}', 'nul', '-', '1.', '"\t"', '[]]'];
    for (const text of samples) {
      expect(() => JSON.parse(text) as unknown).toThrow();
      expect(findJsonError(text)).not.toBeNull();
    }
  });
});
