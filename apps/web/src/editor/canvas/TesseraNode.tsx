'use client';
import type { Components, InputSpec, OutputSpec, PortType, WorkflowNode } from '@tessera/graph';
import { canConnect } from '@tessera/graph';
import { Handle, type NodeProps, Position, useConnection, useStore } from '@xyflow/react';
import { memo } from 'react';
import { UpdateAvailableBadge } from '../component-library/UpdateAvailableBadge.tsx';
import { ComponentRunView } from '../components/ComponentRunView.tsx';
import { OpenComponentButton } from '../components/OpenComponentButton.tsx';
import { useNodeRunView } from '../components/use-node-run-view.ts';
import { useNodeMissing } from '../missing/use-missing.ts';
import { specOf } from '../model/catalogue.ts';
import { useEditor } from '../state/editor-store.ts';
import { useNodeProblems } from '../state/live-validation.ts';
import { CompactRunView, NodeRunView } from '../run/NodeRunView.tsx';
import { ParamWidget } from '../widgets/ParamWidget.tsx';
import type { TesseraFlowNode } from './flow-elements.ts';
import { isNearScreen } from './on-screen.ts';

/**
 * Below this zoom nodes are drawn compact (title, status and ports; no widgets, previews or
 * messages, only the planner's plan as it streams): they are too small to use, and painting
 * hundreds of form controls is what makes dragging on a large graph slow. Nodes far off screen
 * are drawn compact too (see on-screen.ts).
 */
export const COMPACT_BELOW_ZOOM = 0.5;

/** The port type of the link being dragged and which side it starts from, or null. */
function useDraggedPort(
  components: Components | undefined,
): { type: PortType; from: 'source' | 'target'; node: string } | null {
  const key = useConnection((c) =>
    c.inProgress
      ? `${c.fromHandle.type}|${c.fromNode.id}|${String(c.fromHandle.id)}|${
          (c.fromNode.data as { node?: { type?: string } }).node?.type ?? ''
        }`
      : '',
  );
  if (key === '') return null;
  const [side, node = '', handle = '', type = ''] = key.split('|');
  const spec = specOf(type, components);
  const ports: readonly (InputSpec | OutputSpec)[] =
    side === 'source' ? (spec?.outputs ?? []) : (spec?.inputs ?? []);
  const port = ports.find((p) => p.name === handle);
  return port ? { type: port.type, from: side === 'source' ? 'source' : 'target', node } : null;
}

function Port({
  port,
  side,
  dimmed,
}: {
  port: InputSpec | OutputSpec;
  side: 'input' | 'output';
  dimmed: boolean;
}) {
  const optional = 'optional' in port && port.optional === true;
  return (
    <div
      className={`port port--${side}${dimmed ? ' port--incompatible' : ''}`}
      title={port.description}
    >
      <Handle
        id={port.name}
        type={side === 'input' ? 'target' : 'source'}
        position={side === 'input' ? Position.Left : Position.Right}
        className={`handle handle--${port.type.toLowerCase()}`}
        data-port-type={port.type}
        aria-label={`${side} ${port.name} (${port.type})`}
      />
      <span className="port__name">
        {port.name}
        {optional ? '?' : ''}
      </span>
      <span className="port__type">{port.type}</span>
    </div>
  );
}

/**
 * A node on the canvas. Its position and size (which change when it is dragged or measured) only
 * decide whether it is drawn compact; the body re-renders only when the node, its selection or
 * that choice changes.
 */
export const TesseraNode = memo(function TesseraNode({
  data,
  selected,
  positionAbsoluteX,
  positionAbsoluteY,
  width,
  height,
}: NodeProps<TesseraFlowNode>) {
  const compact = useStore(
    (s) =>
      s.transform[2] < COMPACT_BELOW_ZOOM ||
      !isNearScreen({ x: positionAbsoluteX, y: positionAbsoluteY, width, height }, s.transform, s),
  );
  return <NodeBody node={data.node} selected={selected} compact={compact} />;
});

/** A node drawn from its spec: ports, param widgets, problems and run state. */
const NodeBody = memo(function NodeBody({
  node,
  selected,
  compact,
}: {
  node: WorkflowNode;
  selected: boolean;
  compact: boolean;
}) {
  const components = useEditor((s) => s.doc.components);
  const spec = specOf(node.type, components);
  const { runId, inner, status } = useNodeRunView(node);
  const problems = useNodeProblems(runId);
  const setParam = useEditor((s) => s.setParam);
  const missing = useNodeMissing(node.id);
  const dragged = useDraggedPort(components);
  const incompatible = (type: PortType, side: 'input' | 'output'): boolean => {
    if (dragged === null || dragged.node === node.id) return dragged !== null;
    if (side === 'input') return dragged.from !== 'source' || !canConnect(dragged.type, type);
    return dragged.from !== 'target' || !canConnect(type, dragged.type);
  };
  const hasError =
    problems.node.some((p) => p.severity === 'error') ||
    [...problems.fields.values()].some((ps) => ps.some((p) => p.severity === 'error'));

  if (!spec) {
    return (
      <div className="tnode tnode--unknown" data-node-id={node.id}>
        <header className="tnode__header">{node.title ?? node.type}</header>
        <p className="tnode__problem">Unknown node type “{node.type}”: no runner offers it.</p>
      </div>
    );
  }
  return (
    <div
      className={`tnode tnode--${status}${selected ? ' tnode--selected' : ''}${
        hasError ? ' tnode--invalid' : ''
      }${compact ? ' tnode--compact' : ''}${missing ? ' tnode--missing' : ''}${
        inner ? ' tnode--component' : ''
      }`}
      data-node-id={node.id}
      data-node-type={node.type}
      data-status={status}
    >
      <header className="tnode__header" title={spec.description}>
        <span className={`tnode__category tnode__category--${spec.category}`} />
        <span className="tnode__title">{node.title ?? spec.title}</span>
        {inner && <OpenComponentButton nodeId={node.id} />}
        <span className="tnode__status" data-testid={`status-${node.id}`}>
          {status === 'idle' ? '' : status}
        </span>
      </header>
      {inner && <UpdateAvailableBadge nodeId={node.id} />}
      <div className="tnode__ports">
        <div className="tnode__inputs">
          {spec.inputs.map((p) => (
            <Port key={p.name} port={p} side="input" dimmed={incompatible(p.type, 'input')} />
          ))}
        </div>
        <div className="tnode__outputs">
          {spec.outputs.map((p) => (
            <Port key={p.name} port={p} side="output" dimmed={incompatible(p.type, 'output')} />
          ))}
        </div>
      </div>
      {!compact && spec.params.length > 0 && (
        <div className="tnode__params">
          {spec.params.map((param) => (
            <ParamWidget
              key={param.name}
              nodeId={node.id}
              spec={param}
              value={node.params[param.name]}
              problems={problems.fields.get(param.name) ?? []}
              onCommit={(value) => setParam(node.id, param.name, value)}
            />
          ))}
        </div>
      )}
      {!compact &&
        problems.node.map((p, i) => (
          <p key={i} className={`tnode__problem tnode__problem--${p.severity}`} role="alert">
            {p.message}
          </p>
        ))}
      {!compact && missing && (
        <p className="tnode__problem tnode__problem--missing" data-testid={`missing-${node.id}`}>
          {missing}
        </p>
      )}
      {inner ? (
        <ComponentRunView instanceId={node.id} inner={inner} compact={compact} />
      ) : compact ? (
        <CompactRunView nodeId={runId} nodeType={node.type} />
      ) : (
        <NodeRunView nodeId={runId} nodeType={node.type} />
      )}
    </div>
  );
});
