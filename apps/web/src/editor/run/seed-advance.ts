// After a run is queued, every seed whose mode is randomize or increment moves on.
import type { NodeSpec, WorkflowDocument } from '@tessera/graph';
import { setParam } from '../model/document-ops.ts';
import { type SeedMode, nextSeed, seedKey } from '../state/seed-modes.ts';

export interface SeedChange {
  readonly nodeId: string;
  readonly param: string;
  readonly value: number;
}

/** The new value of every seed param of `doc` that is not fixed. */
export function seedChanges(
  doc: WorkflowDocument,
  modes: Readonly<Record<string, SeedMode>>,
  specOf: (type: string) => NodeSpec | undefined,
  next: (seed: number, mode: SeedMode) => number = nextSeed,
): SeedChange[] {
  const changes: SeedChange[] = [];
  for (const node of doc.nodes) {
    for (const param of specOf(node.type)?.params ?? []) {
      if (param.kind !== 'seed') continue;
      const mode = modes[seedKey(node.id, param.name)] ?? 'fixed';
      if (mode === 'fixed') continue;
      const raw = node.params[param.name];
      const current = typeof raw === 'number' ? raw : (param.default ?? 0);
      changes.push({ nodeId: node.id, param: param.name, value: next(current, mode) });
    }
  }
  return changes;
}

/** `doc` with `changes` applied. */
export function applySeedChanges(
  doc: WorkflowDocument,
  changes: readonly SeedChange[],
): WorkflowDocument {
  return changes.reduce((d, c) => setParam(d, c.nodeId, c.param, c.value), doc);
}
