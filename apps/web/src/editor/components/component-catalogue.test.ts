import { componentType } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { catalogue, specOf } from '../model/catalogue.ts';
import { documentCatalogue } from './component-catalogue.ts';
import { makeComponent } from './make-component.ts';
import { posterDocument } from './test-poster.ts';

describe('the specs of a document', () => {
  const doc = makeComponent(posterDocument(), new Set(['plan', 'expand']), 'Planner', [
    { node: 'plan', param: 'seed', name: 'seed' },
  ]);

  it('draw a component node from its definition', () => {
    const spec = specOf(componentType('planner'), doc.components);
    expect(spec?.title).toBe('Planner');
    expect(spec?.params.map((p) => [p.name, p.default])).toEqual([['seed', 7]]);
    expect(spec?.outputs.map((o) => o.name).sort()).toEqual(['expand.plan', 'plan.plan']);
    expect(specOf(componentType('planner'))).toBeUndefined();
    expect(specOf('ar.plan', doc.components)).toBe(catalogue.find('ar.plan'));
  });

  it('know nested components, and are built once per set of definitions', () => {
    const nested = makeComponent(doc, new Set(['planner', 'decode']), 'Render', []);
    const specs = documentCatalogue(catalogue, nested.components);
    expect(specs.find(componentType('render'))?.outputs.map((o) => o.type)).toEqual([
      'IMAGE',
      'TOKEN_PLAN',
    ]);
    expect(documentCatalogue(catalogue, nested.components)).toBe(specs);
    expect(specs.list().length).toBe(catalogue.list().length + 2);
    expect(documentCatalogue(catalogue, undefined)).toBe(catalogue);
  });
});
