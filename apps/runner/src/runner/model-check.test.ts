import { describe, expect, it } from 'vitest';
import { modelRefusal } from './model-check.ts';

describe('modelRefusal', () => {
  it('accepts a job naming a model the runner holds, or naming none', () => {
    expect(modelRefusal({ model: 'tessera-tiny', seed: 3 }, ['tessera-tiny'])).toBeUndefined();
    expect(modelRefusal({ prefix: 'poster' }, ['tessera-tiny'])).toBeUndefined();
    expect(modelRefusal({ prefix: 'poster' }, [])).toBeUndefined();
  });

  it('refuses a job naming another model, saying which it wanted and which it holds', () => {
    expect(modelRefusal({ model: 'tessera-large' }, ['tessera-tiny'])).toBe(
      'This runner does not hold the model "tessera-large" (it holds "tessera-tiny")',
    );
    expect(modelRefusal({ model: 'tessera-tiny' }, [])).toBe(
      'This runner does not hold the model "tessera-tiny" (it holds no model package)',
    );
  });
});
