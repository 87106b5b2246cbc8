'use client';
// Placeholder until the workflow menu lands.
export function useSaveAction(): { save: () => void } {
  return { save: () => undefined };
}
