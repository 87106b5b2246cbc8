// Every node and link of the open canvas as React Flow objects, also those React Flow is not
// given (flow-window.ts): what the minimap draws, what fitting (F) fits and what the opening view
// is worked out from. EditorCanvas keeps it up to date.
import type { Edge } from '@xyflow/react';
import { create } from 'zustand';
import type { TesseraFlowNode } from './flow-elements.ts';

export interface CanvasElements {
  readonly nodes: readonly TesseraFlowNode[];
  readonly edges: readonly Edge[];
}

export const useCanvasElements = create<CanvasElements>(() => ({ nodes: [], edges: [] }));
