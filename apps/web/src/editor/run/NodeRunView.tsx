'use client';
// Placeholder until the run views land: what a node shows of the current run.

export type NodeRunStatus =
  'idle' | 'queued' | 'running' | 'cached' | 'done' | 'failed' | 'skipped' | 'cancelled';

export function useNodeRunStatus(_nodeId: string): NodeRunStatus {
  return 'idle';
}

export function NodeRunView(_props: { nodeId: string; nodeType: string }) {
  return null;
}
