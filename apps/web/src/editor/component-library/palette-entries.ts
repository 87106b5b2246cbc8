// The palette's and the node search's entries: every node type, then the library's components
// under their categories; adding an entry adds the node or takes the component.
import type { NodeSpec, Position } from '@tessera/graph';
import { useMemo } from 'react';
import { allSpecs, catalogue } from '../model/catalogue.ts';
import { useEditor } from '../state/editor-store.ts';
import { takeFromLibrary } from './library-actions.ts';
import { libraryIdOf, librarySpecs } from './library-specs.ts';
import { useLibraryEntries } from './library-store.ts';

/** Built-in node specs followed by one spec per library component. */
export function usePaletteSpecs(): readonly NodeSpec[] {
  const entries = useLibraryEntries();
  return useMemo(() => [...allSpecs, ...librarySpecs(entries, catalogue)], [entries]);
}

/** Adds the palette entry `type` at `position`; returns the new node's id (none if refused). */
export function addPaletteEntry(type: string, position: Position): string | undefined {
  const libraryId = libraryIdOf(type);
  if (libraryId !== undefined) return takeFromLibrary(libraryId, position);
  return useEditor.getState().addNode(type, position);
}
