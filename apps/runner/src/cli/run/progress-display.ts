import type { EngineEvent } from '@tessera/engine';

/** Shows a run's progress as engine events arrive. */
export interface ProgressDisplay {
  event(event: EngineEvent): void;
  /** Stops redrawing and leaves the final state on screen. */
  close(): void;
}
