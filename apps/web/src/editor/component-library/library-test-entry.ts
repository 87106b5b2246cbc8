// Library entries for this folder's tests: the poster's planner and expander as a component.
import {
  type WorkflowDocument,
  componentLibraryDocument,
  groupIntoComponent,
  readLibraryComponent,
} from '@tessera/graph';
import { posterDocument } from '../components/test-poster.ts';
import { catalogue } from '../model/catalogue.ts';
import type { LibraryEntry } from './library-store.ts';

/** The poster with `plan` and `expand` grouped as component `planner` (seed shown). */
export function groupedPoster(): WorkflowDocument {
  return groupIntoComponent(posterDocument(), ['plan', 'expand'], catalogue, {
    componentId: 'planner',
    name: 'Poster planner',
    category: 'Planning',
    exposed: [{ node: 'plan', param: 'seed' }],
  });
}

/** Definition `componentId` of `doc` as library entry `id` at `version`. */
export function libraryEntry(
  doc: WorkflowDocument,
  componentId: string,
  id: string,
  version: number,
): LibraryEntry {
  const component = readLibraryComponent(componentLibraryDocument(doc, componentId))!;
  return {
    id: id as LibraryEntry['id'],
    version,
    name: component.definition.name,
    description: component.definition.description ?? '',
    category: component.definition.category ?? 'Components',
    updatedAt: new Date(0).toISOString(),
    component,
  };
}
