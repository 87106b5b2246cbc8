import { describe, expect, it } from 'vitest';
import { type ComponentDefinition, zComponentDefinition } from './component-schema.ts';
import { flattenDocument } from './flatten-document.ts';
import {
  LIBRARY_INSTANCE_ID,
  LibraryComponentError,
  type LibraryComponentVersion,
  componentLibraryDocument,
  readLibraryComponent,
  takeLibraryComponent,
  updateLibraryComponent,
} from './library-component.ts';
import { sampleDocument, sketcherDocument } from './testing/components.ts';
import { createToyCatalogue } from './testing/index.ts';
import { validate } from './validate.ts';

/** The sketcher as the library holds it, at `version`, its seed set to `seed`. */
function libraryVersion(version: number, seed = 7): LibraryComponentVersion {
  const doc = sketcherDocument();
  const sketcher = doc.components!.sketcher!;
  const edited: ComponentDefinition = {
    ...sketcher,
    nodes: sketcher.nodes.map((n) => (n.id === 'sketch' ? { ...n, params: { seed } } : n)),
  };
  const stored = componentLibraryDocument({ ...doc, components: { sketcher: edited } }, 'sketcher');
  return { libraryId: 'lib-1', version, component: readLibraryComponent(stored)! };
}

describe('components in the library', () => {
  it('stores a definition as a document of one instance, without its source, and reads it back', () => {
    const doc = sketcherDocument();
    const pinned = {
      ...doc,
      components: {
        sketcher: { ...doc.components!.sketcher!, source: { componentId: 'lib-1', version: 3 } },
      },
    };
    const stored = componentLibraryDocument(pinned, 'sketcher');
    expect(stored.nodes).toEqual([
      { id: LIBRARY_INSTANCE_ID, type: 'component:sketcher', params: {}, position: { x: 0, y: 0 } },
    ]);
    expect(stored.components?.sketcher?.source).toBeUndefined();
    expect(validate(stored, createToyCatalogue()).problems.map((p) => p.code)).toContain(
      'required_input_missing',
    );
    expect(readLibraryComponent(stored)).toEqual({
      componentId: 'sketcher',
      definition: doc.components!.sketcher,
      components: { sketcher: doc.components!.sketcher },
    });
    expect(readLibraryComponent(sampleDocument())).toBeUndefined();
  });

  it('takes a component into a document pinned to its library version, sharing one definition per version', () => {
    const first = takeLibraryComponent(sampleDocument(), libraryVersion(1), { x: 5, y: 6 });
    expect(first.instanceId).toBe('sketcher');
    expect(first.document.components?.sketcher?.source).toEqual({
      componentId: 'lib-1',
      version: 1,
    });
    expect(first.document.nodes.at(-1)).toEqual({
      id: 'sketcher',
      type: 'component:sketcher',
      params: {},
      position: { x: 5, y: 6 },
    });
    const again = takeLibraryComponent(first.document, libraryVersion(1), { x: 0, y: 0 });
    expect(again.instanceId).toBe('sketcher-2');
    expect(again.document.nodes.at(-1)?.type).toBe('component:sketcher');
    const newer = takeLibraryComponent(again.document, libraryVersion(2, 8), { x: 0, y: 0 });
    expect(newer.document.nodes.at(-1)?.type).toBe('component:sketcher-2');
    expect(Object.keys(newer.document.components ?? {})).toEqual(['sketcher', 'sketcher-2']);
  });

  it('updates a taken definition to a newer version in place, for every instance', () => {
    const taken = takeLibraryComponent(sampleDocument(), libraryVersion(1), { x: 0, y: 0 });
    const withParams = {
      ...taken.document,
      nodes: taken.document.nodes.map((n) =>
        n.id === 'sketcher' ? { ...n, params: { seed: 4, gone: 1 } } : n,
      ),
    };
    const updated = updateLibraryComponent(withParams, 'sketcher', libraryVersion(2, 9));
    const definition = updated.components!.sketcher!;
    expect(definition.source).toEqual({ componentId: 'lib-1', version: 2 });
    expect(definition.nodes.find((n) => n.id === 'sketch')?.params).toEqual({ seed: 9 });
    expect(updated.nodes.find((n) => n.id === 'sketcher')?.params).toEqual({ seed: 4 });
    expect(flattenDocument(updated).document.nodes.map((n) => n.id)).toContain('sketcher/sketch');
    expect(() =>
      updateLibraryComponent(withParams, 'sketcher', { ...libraryVersion(2), libraryId: 'other' }),
    ).toThrow(LibraryComponentError);
  });

  it('drops the links of ports the newer version no longer has, and keeps the others', () => {
    const doc = sketcherDocument();
    const pinned = {
      ...doc,
      components: {
        sketcher: { ...doc.components!.sketcher!, source: { componentId: 'lib-1', version: 1 } },
      },
    };
    const newer = libraryVersion(2);
    const withoutOutput: LibraryComponentVersion = {
      ...newer,
      component: {
        ...newer.component,
        definition: { ...newer.component.definition, outputs: [] },
      },
    };
    const before = pinned.edges.map((e) => e.id);
    expect(before).toEqual(expect.arrayContaining(['in-sk', 'out-sk']));
    const updated = updateLibraryComponent(pinned, 'sketcher', withoutOutput);
    expect(updated.edges.map((e) => e.id)).toEqual(before.filter((id) => id !== 'out-sk'));
  });

  it('brings nested definitions along, refusing one that clashes with the document’s own', () => {
    const doc = sketcherDocument();
    const sketcher = doc.components!.sketcher!;
    const outer: ComponentDefinition = zComponentDefinition.parse({
      name: 'Outer',
      version: 1,
      nodes: [{ id: 'inner', type: 'component:sketcher', params: {} }],
      edges: [],
      inputs: [{ name: 'text', type: 'PROMPT', to: [{ node: 'inner', port: 'text' }] }],
      outputs: [{ name: 'image', type: 'IMAGE', from: { node: 'inner', port: 'image' } }],
      params: [],
    });
    const stored = componentLibraryDocument({ ...doc, components: { sketcher, outer } }, 'outer');
    expect(Object.keys(stored.components ?? {}).sort()).toEqual(['outer', 'sketcher']);
    const component = readLibraryComponent(stored)!;
    const version = { libraryId: 'lib-2', version: 1, component };
    const taken = takeLibraryComponent(sampleDocument(), version, { x: 0, y: 0 });
    expect(Object.keys(taken.document.components ?? {}).sort()).toEqual(['outer', 'sketcher']);
    const clashing = {
      ...sampleDocument(),
      components: { sketcher: { ...sketcher, name: 'Something else' } },
    };
    expect(() => takeLibraryComponent(clashing, version, { x: 0, y: 0 })).toThrow(
      /differs from this workflow's own "sketcher"/,
    );
  });
});
