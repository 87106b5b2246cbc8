'use client';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './trpc-errors.ts';

export type ServerList<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string; readonly retry: () => void }
  | { readonly status: 'ready'; readonly items: readonly T[] };

/** Fetches a list once when a dialog opens (and again on retry); always fresh, never cached. */
export function useServerList<T>(load: () => Promise<readonly T[]>): ServerList<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ServerList<T>>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (items) => live && setState({ status: 'ready', items }),
      (error: unknown) =>
        live && setState({ status: 'failed', message: errorMessage(error), retry }),
    );
    return () => {
      live = false;
    };
    // `load` is a module-level function in every caller: only a retry loads again.
  }, [attempt]);
  return state;
}
