import { describe, expect, it } from 'vitest';
import { ParamsError, parseParams, resolveParams } from './params.ts';
import { sketchSpec, textSpec } from './testing/index.ts';

describe('resolveParams', () => {
  it('fills every missing param from its default and keeps given values', () => {
    expect(resolveParams(sketchSpec, { seed: 7 })).toEqual({
      seed: 7,
      heat: 1,
      count: 0,
      grid: 8,
      model: 'toy-model',
    });
  });

  it('drops params the spec does not define', () => {
    expect(resolveParams(sketchSpec, { seed: 7, cfg: 3 })).not.toHaveProperty('cfg');
  });

  it('leaves a required param without default missing', () => {
    expect(resolveParams(textSpec, {})).toEqual({});
  });
});

describe('parseParams', () => {
  it('returns typed, resolved params', () => {
    const params = parseParams(sketchSpec, { heat: 1.2 });
    expect(params.heat).toBe(1.2);
    expect(params.grid).toBe(8);
  });

  it('throws a ParamsError listing every bad param', () => {
    let error: unknown;
    try {
      parseParams(sketchSpec, { seed: -1, heat: 'high' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParamsError);
    expect((error as ParamsError).issues).toHaveLength(2);
    expect(() => parseParams(textSpec, {})).toThrow('param "text" is required');
  });
});
