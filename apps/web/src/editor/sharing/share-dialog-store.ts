// Whether the Share dialog is open, and the command that opens it.
import { create } from 'zustand';
import { useEditor } from '../state/editor-store.ts';

export const useShareDialog = create<{ readonly open: boolean }>()(() => ({ open: false }));

/** Opens the Share dialog for the saved workflow; says to save first when there is none. */
export function openShareDialog(): void {
  const editor = useEditor.getState();
  if (editor.savedAs === null) {
    editor.notify('error', 'Save the workflow first: only a saved workflow can be shared.');
    return;
  }
  useShareDialog.setState({ open: true });
}

export function closeShareDialog(): void {
  useShareDialog.setState({ open: false });
}
