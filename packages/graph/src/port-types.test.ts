import { describe, expect, it } from 'vitest';
import { PORT_TYPES, canConnect } from './port-types.ts';

describe('canConnect', () => {
  it('connects every type to itself and to and from ANY', () => {
    for (const type of PORT_TYPES) {
      expect(canConnect(type, type)).toBe(true);
      expect(canConnect(type, 'ANY')).toBe(true);
      expect(canConnect('ANY', type)).toBe(true);
    }
  });

  it('refuses different concrete types', () => {
    expect(canConnect('TOKEN_PLAN', 'IMAGE')).toBe(false);
    expect(canConnect('IMAGE', 'TOKEN_PLAN')).toBe(false);
    expect(canConnect('STRING', 'PROMPT')).toBe(false);
  });

  it('widens INT to FLOAT but not the reverse', () => {
    expect(canConnect('INT', 'FLOAT')).toBe(true);
    expect(canConnect('FLOAT', 'INT')).toBe(false);
  });
});
