'use client';
// What a component node shows of the current run: how many of its inner nodes have ended, the
// outputs of those that show any (the planner's live plan grid, previews, images) and the errors
// of those that failed. Each part subscribes to its own inner node's slice of the run store, and
// an inner node the current run does not run draws nothing (a big component costs little idle).
import { useShallow } from 'zustand/react/shallow';
import { NodeError } from '../run/NodeProgress.tsx';
import { CompactRunView, NodeOutputs } from '../run/NodeRunView.tsx';
import { ProgressBar } from '../run/ProgressBar.tsx';
import { currentNodeRun, useRuns } from '../run/run-store.ts';
import { type InnerRunNode, componentProgress } from './component-run.ts';

function ComponentProgress({
  instanceId,
  inner,
}: {
  instanceId: string;
  inner: readonly InnerRunNode[];
}) {
  const { ended, total } = useRuns(
    useShallow((s) => componentProgress(inner.map((n) => currentNodeRun(s, n.flatId)))),
  );
  const started = useRuns((s) => inner.some((n) => currentNodeRun(s, n.flatId) !== undefined));
  if (!started) return <div className="node-progress node-progress--idle" />;
  const fraction = total > 0 ? ended / total : 0;
  return (
    <div className="node-progress component-progress">
      <ProgressBar fraction={fraction} label={`${instanceId} progress`} />
      <span className="node-progress__text">
        {ended}/{total} nodes
      </span>
    </div>
  );
}

/** One inner node's outputs and error; nothing while the current run does not run it. */
function InnerRunView({ node, compact }: { node: InnerRunNode; compact: boolean }) {
  const inRun = useRuns((s) => currentNodeRun(s, node.flatId) !== undefined);
  if (!inRun) return null;
  if (compact) return <CompactRunView nodeId={node.flatId} nodeType={node.type} />;
  return (
    <div className="component-run__inner" data-inner-node={node.flatId}>
      <NodeOutputs nodeId={node.flatId} nodeType={node.type} />
      <NodeError nodeId={node.flatId} />
    </div>
  );
}

export function ComponentRunView({
  instanceId,
  inner,
  compact,
}: {
  instanceId: string;
  inner: readonly InnerRunNode[];
  compact: boolean;
}) {
  return (
    <div className="node-run component-run">
      {!compact && <ComponentProgress instanceId={instanceId} inner={inner} />}
      {inner.map((n) => (
        <InnerRunView key={n.flatId} node={n} compact={compact} />
      ))}
    </div>
  );
}
