import { join } from 'node:path';
import type { EngineEvent } from '@tessera/engine';

/** A file an output node wrote during the run. */
export interface SavedOutput {
  readonly node: string;
  /** Absolute path. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

/** The files written by the nodes that executed in this run (cache hits wrote nothing). */
export function savedOutputs(events: readonly EngineEvent[], outDir: string): SavedOutput[] {
  return events.flatMap((event) => {
    if (event.type !== 'node-finished' || event.cached) return [];
    const display = event.result.display;
    if (display?.kind !== 'saved') return [];
    return display.files.map((file) => ({
      node: event.nodeId,
      path: join(outDir, file.name),
      width: file.width,
      height: file.height,
      bytes: file.bytes,
    }));
  });
}
