import { describe, expect, it } from 'vitest';
import { DuplicateNodeTypeError, UnknownNodeTypeError, createCatalogue } from './catalogue.ts';
import { arPlanSpec, coreNodeSpecs, createCoreCatalogue, promptSpec } from './testing/index.ts';

describe('createCatalogue', () => {
  it('finds specs by type and lists them in registration order', () => {
    const catalogue = createCoreCatalogue();
    expect(catalogue.get('ar.plan')).toBe(arPlanSpec);
    expect(catalogue.find('ar.plan')).toBe(arPlanSpec);
    expect(catalogue.has('prompt')).toBe(true);
    expect(catalogue.has('KSampler')).toBe(false);
    expect(catalogue.find('KSampler')).toBeUndefined();
    expect(catalogue.list().map((spec) => spec.type)).toEqual(
      coreNodeSpecs.map((spec) => spec.type),
    );
  });

  it('groups specs by category', () => {
    const groups = createCoreCatalogue().byCategory();
    expect(groups.get('plan')?.map((spec) => spec.type)).toEqual([
      'ar.plan',
      'plan.expand',
      'plan.preview',
    ]);
    expect(groups.get('output')?.map((spec) => spec.type)).toEqual(['image.save', 'image.preview']);
    expect([...groups.values()].flat()).toHaveLength(coreNodeSpecs.length);
  });

  it('throws naming a type registered twice', () => {
    expect(() => createCatalogue([promptSpec, arPlanSpec, promptSpec])).toThrow(
      DuplicateNodeTypeError,
    );
    expect(() => createCatalogue([promptSpec, promptSpec])).toThrow('"prompt"');
  });

  it('throws naming an unknown type on get', () => {
    const catalogue = createCoreCatalogue();
    expect(() => catalogue.get('KSampler')).toThrow(UnknownNodeTypeError);
    expect(() => catalogue.get('KSampler')).toThrow('"KSampler"');
  });
});
