// Library components as palette and node-search entries: one spec each, drawn from the
// definition (ports, exposed params) under the entry's category, typed `library:<id>` so that
// choosing one takes the component into the document instead of adding a node type.
import { type Catalogue, type NodeSpec, componentType } from '@tessera/graph';
import { documentCatalogue } from '../components/component-catalogue.ts';
import type { LibraryEntry } from './library-store.ts';

export const LIBRARY_TYPE_PREFIX = 'library:';

/** The library id a palette type names, or undefined for an ordinary node type. */
export function libraryIdOf(type: string): string | undefined {
  return type.startsWith(LIBRARY_TYPE_PREFIX) ? type.slice(LIBRARY_TYPE_PREFIX.length) : undefined;
}

/** One spec per entry whose definition draws; an entry that cannot is left out. */
export function librarySpecs(entries: readonly LibraryEntry[], base: Catalogue): NodeSpec[] {
  return entries.flatMap((entry) => {
    const { componentId, components } = entry.component;
    const spec = documentCatalogue(base, components).find(componentType(componentId));
    if (!spec) return [];
    return [
      {
        ...spec,
        type: `${LIBRARY_TYPE_PREFIX}${entry.id}`,
        title: entry.name,
        category: entry.category,
        description: entry.description || spec.description,
      },
    ];
  });
}
