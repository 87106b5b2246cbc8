'use client';
import { useMemo, useState } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { Modal } from '../workflows/Modal.tsx';
import {
  closeMakeComponent,
  confirmMakeComponent,
  useMakeComponentDialog,
} from './component-actions.ts';
import { type ExposableParam, exposableParams } from './make-component.ts';

const keyOf = (p: ExposableParam): string => `${p.node}\n${p.param}`;

function MakeComponentForm({ nodes }: { nodes: ReadonlySet<string> }) {
  const view = useEditor((s) => s.view);
  const params = useMemo(() => exposableParams(view, nodes), [view, nodes]);
  const [name, setName] = useState('My component');
  /** Chosen params → the name they get on the component node. */
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const trimmed = name.trim();
  const names = [...chosen.values()].map((n) => n.trim());
  const clash = names.some((n, i) => n === '' || names.indexOf(n) !== i);
  const toggle = (p: ExposableParam, on: boolean): void => {
    const next = new Map(chosen);
    if (on) next.set(keyOf(p), p.param);
    else next.delete(keyOf(p));
    setChosen(next);
  };
  const rename = (p: ExposableParam, value: string): void =>
    setChosen(new Map(chosen).set(keyOf(p), value));
  return (
    <form
      className="wf-form component-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed === '' || clash) return;
        const exposed = params
          .filter((p) => chosen.has(keyOf(p)))
          .map((p) => ({ node: p.node, param: p.param, name: chosen.get(keyOf(p))!.trim() }));
        confirmMakeComponent(trimmed, exposed);
      }}
    >
      <label>
        Name
        <input
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.currentTarget.value)}
          aria-invalid={trimmed === ''}
        />
      </label>
      <fieldset className="component-form__params">
        <legend>Params shown on the component node (their current values are the defaults)</legend>
        {params.length === 0 && <p>The selected nodes have no params.</p>}
        {params.map((p) => {
          const exposedName = chosen.get(keyOf(p));
          return (
            <div key={keyOf(p)} className="component-form__param">
              <label>
                <input
                  type="checkbox"
                  checked={exposedName !== undefined}
                  onChange={(e) => toggle(p, e.currentTarget.checked)}
                />
                {p.nodeTitle} › {p.title}
              </label>
              {exposedName !== undefined && (
                <input
                  aria-label={`Name of ${p.nodeTitle} › ${p.title} on the component`}
                  value={exposedName}
                  maxLength={100}
                  onChange={(e) => rename(p, e.currentTarget.value)}
                />
              )}
            </div>
          );
        })}
      </fieldset>
      {clash && <p role="alert">Each shown param needs a name of its own.</p>}
      <div className="wf-actions">
        <button type="button" onClick={closeMakeComponent}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={trimmed === '' || clash}>
          Make component
        </button>
      </div>
    </form>
  );
}

/** Names a component made from the selection and chooses the inner params shown on it. */
export function MakeComponentDialog() {
  const nodes = useMakeComponentDialog((s) => s.nodes);
  if (nodes === null) return null;
  return (
    <Modal label="Make a component" onClose={closeMakeComponent} className="component-dialog">
      <MakeComponentForm nodes={nodes} />
    </Modal>
  );
}
