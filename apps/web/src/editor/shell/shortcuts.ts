// Every keyboard shortcut of the editor, for the key handler and the help dialog alike.

export type ShortcutAction =
  | 'run'
  | 'save'
  | 'undo'
  | 'redo'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'search'
  | 'fitView'
  | 'group'
  | 'ungroup'
  | 'leaveComponent'
  | 'help';

export interface Shortcut {
  readonly action: ShortcutAction;
  /** As shown in the help dialog. */
  readonly keys: string;
  readonly description: string;
  /** Whether it fires while typing in a field. */
  readonly inFields?: boolean;
  readonly matches: (e: KeyboardEvent) => boolean;
}

const mod = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string): boolean => e.key.toLowerCase() === k;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'run',
    keys: 'Ctrl+Enter',
    description: 'Run the workflow',
    inFields: true,
    matches: (e) => mod(e) && e.key === 'Enter',
  },
  {
    action: 'save',
    keys: 'Ctrl+S',
    description: 'Save',
    inFields: true,
    matches: (e) => mod(e) && key(e, 's') && !e.shiftKey,
  },
  {
    action: 'undo',
    keys: 'Ctrl+Z',
    description: 'Undo',
    matches: (e) => mod(e) && key(e, 'z') && !e.shiftKey,
  },
  {
    action: 'redo',
    keys: 'Ctrl+Shift+Z / Ctrl+Y',
    description: 'Redo',
    matches: (e) => mod(e) && ((key(e, 'z') && e.shiftKey) || key(e, 'y')),
  },
  {
    action: 'copy',
    keys: 'Ctrl+C',
    description: 'Copy the selected nodes (also to other tabs)',
    matches: (e) => mod(e) && key(e, 'c'),
  },
  {
    action: 'paste',
    keys: 'Ctrl+V',
    description: 'Paste nodes',
    matches: (e) => mod(e) && key(e, 'v'),
  },
  {
    action: 'duplicate',
    keys: 'Ctrl+D',
    description: 'Duplicate the selected nodes',
    matches: (e) => mod(e) && key(e, 'd'),
  },
  {
    action: 'delete',
    keys: 'Delete / Backspace',
    description: 'Delete the selection',
    matches: (e) => e.key === 'Delete' || e.key === 'Backspace',
  },
  {
    action: 'selectAll',
    keys: 'Ctrl+A',
    description: 'Select everything',
    matches: (e) => mod(e) && key(e, 'a'),
  },
  {
    action: 'search',
    keys: 'Space / double-click',
    description: 'Add a node by search',
    matches: (e) => e.key === ' ' && !mod(e),
  },
  {
    action: 'fitView',
    keys: 'F',
    description: 'Fit the graph in view',
    matches: (e) => key(e, 'f') && !mod(e),
  },
  {
    action: 'group',
    keys: 'Ctrl+G',
    description: 'Make a component of the selected nodes',
    matches: (e) => mod(e) && key(e, 'g') && !e.shiftKey,
  },
  {
    action: 'ungroup',
    keys: 'Ctrl+Shift+G',
    description: 'Ungroup the selected component nodes',
    matches: (e) => mod(e) && key(e, 'g') && e.shiftKey,
  },
  {
    action: 'leaveComponent',
    keys: 'Escape',
    description: 'Go back out of an open component',
    matches: (e) => e.key === 'Escape',
  },
  { action: 'help', keys: '?', description: 'Show these shortcuts', matches: (e) => e.key === '?' },
];

/** Shift+drag box-selects; Ctrl/⌘+click adds to the selection; drag a link onto empty canvas to add a node that takes it. */
export const MOUSE_HINTS: readonly { keys: string; description: string }[] = [
  { keys: 'Shift+drag', description: 'Box-select nodes' },
  { keys: 'Ctrl+click', description: 'Add a node to the selection' },
  { keys: 'Drag a link to empty canvas', description: 'Add a node that takes it, connected' },
  { keys: 'Wheel / pinch', description: 'Zoom' },
];

/** Whether the event comes from a text field, where plain keys type rather than command. */
export function inTextField(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return t !== null && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}
