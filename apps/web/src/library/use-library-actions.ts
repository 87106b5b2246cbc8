'use client';
// What the library's buttons do: each calls the server, refreshes the lists and says what
// happened (a delete offers Undo).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../editor/workflows/api.ts';
import { errorMessage } from '../editor/workflows/trpc-errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import type { LibraryEntry } from './library-api.ts';
import type { MetaChanges } from './MetaDialog.tsx';
import type { ToastMessage } from './Toast.tsx';

export function useLibraryActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const dismiss = useCallback(() => setToast(null), []);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.workflows.pathKey() });
  const attempt = async (what: string, call: () => Promise<void>): Promise<void> => {
    try {
      await call();
    } catch (error) {
      setToast({ kind: 'error', text: `Could not ${what}: ${errorMessage(error)}` });
    } finally {
      await refresh();
    }
  };

  const restore = (entry: LibraryEntry) =>
    attempt(`restore “${entry.name}”`, async () => {
      await api().workflows.restore.mutate({ id: entry.id });
      setToast({ kind: 'info', text: `Restored “${entry.name}”` });
    });

  return {
    toast,
    dismiss,
    restore,
    duplicate: (entry: LibraryEntry) =>
      attempt(`duplicate “${entry.name}”`, async () => {
        const copy = await api().workflows.duplicate.mutate({ id: entry.id });
        setToast({ kind: 'info', text: `Duplicated as “${copy.name}”` });
      }),
    remove: (entry: LibraryEntry) =>
      attempt(`delete “${entry.name}”`, async () => {
        await api().workflows.delete.mutate({ id: entry.id });
        setToast({
          kind: 'info',
          text: `Moved “${entry.name}” to the Trash`,
          action: { label: 'Undo', run: () => void restore(entry) },
        });
      }),
    /** Throws (for the dialog to show) instead of toasting. */
    saveMeta: async (entry: LibraryEntry, changes: MetaChanges): Promise<void> => {
      try {
        if (changes.name !== undefined)
          await api().workflows.rename.mutate({ id: entry.id, name: changes.name });
        if (changes.description !== undefined || changes.tags !== undefined)
          await api().workflows.updateMeta.mutate({
            id: entry.id,
            ...(changes.description === undefined ? {} : { description: changes.description }),
            ...(changes.tags === undefined ? {} : { tags: changes.tags }),
          });
      } finally {
        await refresh();
      }
    },
  };
}
