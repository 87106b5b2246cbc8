'use client';
// What a node on the canvas shows of the current run: progress, errors, and its live or stored
// outputs (plan grids, decoder previews, images). Each part subscribes to its own slice of the
// run store, so a streamed plan token re-renders the planner's grid and nothing else.
import './run.css';
import { DecoderPreview } from './DecoderPreview.tsx';
import { NodeError, NodeProgress } from './NodeProgress.tsx';
import { PlanView } from './PlanView.tsx';
import { SavedImage, UpstreamImage, OwnImage } from './NodeImages.tsx';
import { currentNodeRun, useRuns } from './run-store.ts';
import type { NodeStatus } from './run-state.ts';

export type NodeRunStatus = 'idle' | NodeStatus;

/** The node's status in the current run; 'idle' when the current run does not run it. */
export function useNodeRunStatus(nodeId: string): NodeRunStatus {
  return useRuns((s) => currentNodeRun(s, nodeId)?.status ?? 'idle');
}

/** What a node of `nodeType` shows of its outputs in the current run (nothing for most types). */
export function NodeOutputs({ nodeId, nodeType }: { nodeId: string; nodeType: string }) {
  switch (nodeType) {
    case 'ar.plan':
      return <PlanView nodeId={nodeId} live emptySide={16} />;
    case 'plan.expand':
      return <PlanView nodeId={nodeId} live={false} emptySide={32} />;
    case 'diffusion.decode':
      return <DecoderPreview nodeId={nodeId} />;
    case 'image.upscale':
    case 'plan.preview':
      return <OwnImage nodeId={nodeId} />;
    case 'image.preview':
      return <UpstreamImage nodeId={nodeId} />;
    case 'image.save':
      return <SavedImage nodeId={nodeId} />;
    default:
      return null;
  }
}

export function NodeRunView({ nodeId, nodeType }: { nodeId: string; nodeType: string }) {
  return (
    <div className="node-run">
      <NodeProgress nodeId={nodeId} />
      <NodeOutputs nodeId={nodeId} nodeType={nodeType} />
      <NodeError nodeId={nodeId} />
    </div>
  );
}

/** What a compact node (zoomed far out) still shows: the planner's plan as it streams in. */
export function CompactRunView({ nodeId, nodeType }: { nodeId: string; nodeType: string }) {
  if (nodeType !== 'ar.plan') return null;
  return (
    <div className="node-run">
      <PlanView nodeId={nodeId} live emptySide={16} compact />
    </div>
  );
}
