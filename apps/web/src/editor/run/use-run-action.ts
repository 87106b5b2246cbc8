'use client';
// Placeholder until the run views land: queue the open document.
import { useValidation } from '../state/validation.ts';

export interface RunAction {
  readonly run: () => void;
  /** Why Run is disabled, or null when it is enabled. */
  readonly disabledReason: string | null;
}

export function useRunAction(): RunAction {
  const { errors } = useValidation();
  return {
    run: () => undefined,
    disabledReason: errors.length > 0 ? `${errors.length} problem(s) to fix first` : null,
  };
}
