import { describe, expect, it } from 'vitest';
import { ParamsError, parseParams, resolveParams } from './params.ts';
import { arPlanSpec, promptSpec } from './testing/index.ts';

describe('resolveParams', () => {
  it('fills every missing param from its default and keeps given values', () => {
    expect(resolveParams(arPlanSpec, { seed: 7 })).toEqual({
      seed: 7,
      temperature: 0.9,
      topP: 0.75,
      topK: 0,
      grid: 16,
      model: 'tessera-tiny',
    });
  });

  it('drops params the spec does not define', () => {
    expect(resolveParams(arPlanSpec, { seed: 7, cfg: 3 })).not.toHaveProperty('cfg');
  });

  it('leaves a required param without default missing', () => {
    expect(resolveParams(promptSpec, {})).toEqual({});
  });
});

describe('parseParams', () => {
  it('returns typed, resolved params', () => {
    const params = parseParams(arPlanSpec, { temperature: 1.2 });
    expect(params.temperature).toBe(1.2);
    expect(params.grid).toBe(16);
  });

  it('throws a ParamsError listing every bad param', () => {
    let error: unknown;
    try {
      parseParams(arPlanSpec, { seed: -1, topP: 'high' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParamsError);
    expect((error as ParamsError).issues).toHaveLength(2);
    expect(() => parseParams(promptSpec, {})).toThrow('param "text" is required');
  });
});
