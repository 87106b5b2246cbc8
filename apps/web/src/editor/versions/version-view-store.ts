// What the canvas shows instead of the open document: one past version read-only, or two
// versions compared. The open document stays as it was underneath.
import type { WorkflowDocument } from '@tessera/graph';
import { create } from 'zustand';
import type { DiffView } from './diff-view.ts';

export interface ShownVersion {
  readonly version: number;
  readonly doc: WorkflowDocument;
}

export type VersionView =
  | { readonly kind: 'view'; readonly workflowId: string; readonly shown: ShownVersion }
  | {
      readonly kind: 'compare';
      readonly workflowId: string;
      readonly older: ShownVersion;
      readonly newer: ShownVersion;
      readonly diffView: DiffView;
    };

interface VersionViewState {
  readonly view: VersionView | null;
  /** The versions list is open. */
  readonly panel: boolean;
}

export const useVersionView = create<VersionViewState>()(() => ({ view: null, panel: false }));
