// How the canvas looks up a node's run: by the id the run gives it (`instance/inner` inside an
// open component), and, for a component node, through the inner nodes it runs as.
import type { WorkflowNode } from '@tessera/graph';
import { componentIdOf } from '@tessera/graph';
import { useMemo } from 'react';
import type { NodeRunStatus } from '../run/NodeRunView.tsx';
import { currentNodeRun, useRuns } from '../run/run-store.ts';
import { useEditor } from '../state/editor-store.ts';
import { type InnerRunNode, componentStatus, innerRunNodes } from './component-run.ts';
import { flatPrefix } from './component-view.ts';

export interface NodeRunView {
  /** The node's id in a run of the document. */
  readonly runId: string;
  /** For a component node, the nodes it runs as; undefined for an ordinary node. */
  readonly inner: readonly InnerRunNode[] | undefined;
  readonly status: NodeRunStatus;
}

export function useNodeRunView(node: WorkflowNode): NodeRunView {
  const prefix = useEditor((s) => flatPrefix(s.path));
  const components = useEditor((s) => s.doc.components);
  const runId = `${prefix}${node.id}`;
  const isComponent = componentIdOf(node.type) !== undefined;
  const inner = useMemo(
    () => (isComponent ? innerRunNodes(node, components, prefix) : undefined),
    [isComponent, node, prefix, components],
  );
  const status = useRuns((s) =>
    inner === undefined
      ? (currentNodeRun(s, runId)?.status ?? 'idle')
      : componentStatus(inner.map((n) => currentNodeRun(s, n.flatId))),
  );
  return { runId, inner, status };
}
