'use client';
// React access to the open document's missing pieces.
import type { MissingPiece } from '@tessera/graph';
import { useRuns } from '../run/run-store.ts';
import { useEditor } from '../state/editor-store.ts';
import { missingOf } from './missing-of.ts';

export function useMissingPieces(): readonly MissingPiece[] {
  const doc = useEditor((s) => s.structure);
  const runners = useRuns((s) => s.runners);
  return missingOf(doc, runners);
}

/**
 * What one node lacks, as one sentence, or '' when nothing. A string, so a node re-renders
 * only when its own answer changes (not on every edit of the document).
 */
export function useNodeMissing(nodeId: string): string {
  const runners = useRuns((s) => s.runners);
  return useEditor((s) =>
    missingOf(s.structure, runners)
      .filter((piece) => piece.nodeId === nodeId)
      .map((piece) => piece.detail)
      .join(' '),
  );
}
