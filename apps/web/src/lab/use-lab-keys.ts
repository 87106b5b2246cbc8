'use client';
// Keyboard shortcuts: B paint, I eyedropper, L lock, M select, Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)
// undo/redo, Ctrl+C / Ctrl+V copy/paste, F toggles the aligned fine (or layout) plan, Escape
// clears the selection. Not while typing.
import { useEffect } from 'react';
import { copySelection, pasteAtSelection } from './clipboard-actions.ts';
import { type Tool, useLab } from './lab-store.ts';

const TOOL_KEYS: Readonly<Record<string, Tool>> = {
  b: 'paint',
  i: 'eyedropper',
  l: 'lock',
  m: 'select',
};

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useLabKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const lab = useLab.getState();
      const key = e.key.toLowerCase();
      const mod = e.ctrlKey || e.metaKey;
      if (mod && key === 'z') (e.shiftKey ? lab.redo : lab.undo)();
      else if (mod && key === 'y') lab.redo();
      else if (mod && key === 'c') copySelection();
      else if (mod && key === 'v') pasteAtSelection();
      else if (!mod && !e.altKey && TOOL_KEYS[key]) lab.setTool(TOOL_KEYS[key]);
      else if (!mod && !e.altKey && key === 'f') lab.setView({ pairBeside: !lab.view.pairBeside });
      else if (key === 'escape') lab.setSelection(null);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
