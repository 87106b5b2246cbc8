'use client';
import { useEffect, useRef } from 'react';
import { SHORTCUTS, type ShortcutAction, inTextField } from './shortcuts.ts';

/** A handler answers `false` when the key means nothing now (the browser keeps its default). */
export type ShortcutHandlers = Readonly<Record<ShortcutAction, () => void | false>>;

/** Listens for the editor's shortcuts on the window and calls the matching handler. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const typing = inTextField(e);
      const shortcut = SHORTCUTS.find((s) => s.matches(e) && (!typing || s.inFields === true));
      if (!shortcut) return;
      // A field commits what was typed in it when it loses focus (a widget's draft): leaving it
      // first means Ctrl+Enter runs, and Ctrl+S saves, the text as typed, not as it was before.
      if (typing && e.target instanceof HTMLElement) e.target.blur();
      if (latest.current[shortcut.action]() !== false) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
