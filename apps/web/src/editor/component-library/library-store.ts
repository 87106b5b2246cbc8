// The caller's component library as the editor knows it: loaded once when something shows it
// (the palette, a component node), loaded again after a publish or on request.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/trpc/app-router.ts';
import { api } from '../workflows/api.ts';
import { whenIdle } from '../../client/when-idle.ts';

export type LibraryEntry = inferRouterOutputs<AppRouter>['components']['list'][number];

interface LibraryState {
  /** Latest versions, by library id order of the server (recently updated first). */
  readonly entries: readonly LibraryEntry[];
  readonly status: 'idle' | 'loading' | 'loaded' | 'failed';
}

export const useComponentLibrary = create<LibraryState>()(() => ({
  entries: [],
  status: 'idle',
}));

/** Fetches the library (again). A failure leaves the entries as they were. */
export async function loadComponentLibrary(): Promise<void> {
  useComponentLibrary.setState({ status: 'loading' });
  try {
    const entries = await api().components.list.query();
    useComponentLibrary.setState({ entries, status: 'loaded' });
  } catch {
    useComponentLibrary.setState({ status: 'failed' });
  }
}

/**
 * The library's entries, loading them the first time a component asks, once the page is idle
 * (within a second): the palette and the update badges can wait for the first document to be drawn.
 */
export function useLibraryEntries(): readonly LibraryEntry[] {
  const entries = useComponentLibrary((s) => s.entries);
  const status = useComponentLibrary((s) => s.status);
  useEffect(() => {
    if (status !== 'idle') return;
    return whenIdle(() => {
      if (useComponentLibrary.getState().status === 'idle') void loadComponentLibrary();
    }, 1_000);
  }, [status]);
  return entries;
}

/** The latest version of library component `libraryId`, if the library holds it. */
export function latestEntry(
  entries: readonly LibraryEntry[],
  libraryId: string,
): LibraryEntry | undefined {
  return entries.find((entry) => entry.id === libraryId);
}
