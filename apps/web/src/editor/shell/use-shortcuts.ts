'use client';
import { useEffect, useRef } from 'react';
import { SHORTCUTS, type ShortcutAction, inTextField } from './shortcuts.ts';

export type ShortcutHandlers = Readonly<Record<ShortcutAction, () => void>>;

/** Listens for the editor's shortcuts on the window and calls the matching handler. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const typing = inTextField(e);
      const shortcut = SHORTCUTS.find((s) => s.matches(e) && (!typing || s.inFields === true));
      if (!shortcut) return;
      e.preventDefault();
      latest.current[shortcut.action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
