import { describe, expect, it } from 'vitest';
import { DuplicateNodeTypeError, UnknownNodeTypeError, createCatalogue } from './catalogue.ts';
import { createToyCatalogue, sketchSpec, textSpec, toySpecs } from './testing/index.ts';

describe('createCatalogue', () => {
  it('finds specs by type and lists them in registration order', () => {
    const catalogue = createToyCatalogue();
    expect(catalogue.get('toy.sketch')).toBe(sketchSpec);
    expect(catalogue.find('toy.sketch')).toBe(sketchSpec);
    expect(catalogue.has('toy.text')).toBe(true);
    expect(catalogue.has('KSampler')).toBe(false);
    expect(catalogue.find('KSampler')).toBeUndefined();
    expect(catalogue.list().map((spec) => spec.type)).toEqual(toySpecs.map((spec) => spec.type));
  });

  it('groups specs by category', () => {
    const groups = createToyCatalogue().byCategory();
    expect([...groups.keys()]).toEqual(['input', 'plan', 'render', 'image', 'output']);
    expect(groups.get('output')?.map((spec) => spec.type)).toEqual(['toy.save', 'toy.show']);
    expect([...groups.values()].flat()).toHaveLength(toySpecs.length);
  });

  it('throws naming a type registered twice', () => {
    expect(() => createCatalogue([textSpec, sketchSpec, textSpec])).toThrow(DuplicateNodeTypeError);
    expect(() => createCatalogue([textSpec, textSpec])).toThrow('"toy.text"');
  });

  it('throws naming an unknown type on get', () => {
    const catalogue = createToyCatalogue();
    expect(() => catalogue.get('KSampler')).toThrow(UnknownNodeTypeError);
    expect(() => catalogue.get('KSampler')).toThrow('"KSampler"');
  });
});
