'use client';
// A node drawn for reading only (a past version, a diff, a shared workflow): title, ports and
// param values, nothing to edit. A diff marks the node and its changed params.
import type { InputSpec, OutputSpec, ParamChange, WorkflowNode } from '@tessera/graph';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { specOf } from '../model/catalogue.ts';
import type { NodeMark } from './diff-view.ts';
import { paramText } from './param-text.ts';

export interface ReadOnlyNodeData extends Record<string, unknown> {
  readonly node: WorkflowNode;
  readonly mark: NodeMark | null;
  readonly changes: ReadonlyMap<string, ParamChange> | null;
}
export type ReadOnlyFlowNode = Node<ReadOnlyNodeData, 'readOnly'>;

function Port({ port, side }: { port: InputSpec | OutputSpec; side: 'input' | 'output' }) {
  return (
    <div className={`port port--${side}`} title={port.description}>
      <Handle
        id={port.name}
        type={side === 'input' ? 'target' : 'source'}
        position={side === 'input' ? Position.Left : Position.Right}
        className={`handle handle--${port.type.toLowerCase()}`}
        isConnectable={false}
      />
      <span className="port__name">{port.name}</span>
      <span className="port__type">{port.type}</span>
    </div>
  );
}

const MARK_LABEL: Record<NodeMark, string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
};

function ParamRow({
  name,
  label,
  value,
  change,
}: {
  name: string;
  label: string;
  value: unknown;
  change: ParamChange | undefined;
}) {
  return (
    <div
      className={`ro-param${change ? ' ro-param--changed' : ''}`}
      data-param={name}
      data-changed={change ? 'true' : undefined}
    >
      <span className="ro-param__label">{label}</span>
      {change ? (
        <span
          className="ro-param__value"
          title={`${paramText(change.before)} → ${paramText(change.after)}`}
        >
          <s className="ro-param__before">{paramText(change.before)}</s> →{' '}
          <strong>{paramText(change.after)}</strong>
        </span>
      ) : (
        <span className="ro-param__value" title={typeof value === 'string' ? value : undefined}>
          {paramText(value)}
        </span>
      )}
    </div>
  );
}

export const ReadOnlyNode = memo(function ReadOnlyNode({ data }: NodeProps<ReadOnlyFlowNode>) {
  const { node, mark, changes } = data;
  const spec = specOf(node.type);
  const markClass = mark ? ` tnode--diff-${mark}` : '';
  if (!spec)
    return (
      <div
        className={`tnode tnode--readonly tnode--unknown${markClass}`}
        data-node-id={node.id}
        data-diff={mark ?? undefined}
      >
        <header className="tnode__header">{node.title ?? node.type}</header>
        <p className="tnode__problem">Unknown node type “{node.type}”.</p>
      </div>
    );
  const shown = spec.params.map((p) => ({
    name: p.name,
    label: p.title ?? p.name,
    value: Object.hasOwn(node.params, p.name) ? node.params[p.name] : p.default,
  }));
  return (
    <div
      className={`tnode tnode--readonly${markClass}`}
      data-node-id={node.id}
      data-node-type={node.type}
      data-diff={mark ?? undefined}
    >
      <header className="tnode__header" title={spec.description}>
        <span className={`tnode__category tnode__category--${spec.category}`} />
        <span className="tnode__title">{node.title ?? spec.title}</span>
        {mark && <span className={`tnode__diff tnode__diff--${mark}`}>{MARK_LABEL[mark]}</span>}
      </header>
      <div className="tnode__ports">
        <div className="tnode__inputs">
          {spec.inputs.map((p) => (
            <Port key={p.name} port={p} side="input" />
          ))}
        </div>
        <div className="tnode__outputs">
          {spec.outputs.map((p) => (
            <Port key={p.name} port={p} side="output" />
          ))}
        </div>
      </div>
      {shown.length > 0 && (
        <div className="tnode__params">
          {shown.map((p) => (
            <ParamRow
              key={p.name}
              name={p.name}
              label={p.label}
              value={p.value}
              change={changes?.get(p.name)}
            />
          ))}
        </div>
      )}
    </div>
  );
});
