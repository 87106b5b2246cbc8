'use client';
import { saveWorkflow } from './save-actions.ts';

const action = { save: (): void => void saveWorkflow() };

/** Save (the menu's Save and Ctrl+S). */
export function useSaveAction(): { save: () => void } {
  return action;
}
