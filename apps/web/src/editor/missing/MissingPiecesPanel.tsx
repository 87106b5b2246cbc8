'use client';
// "Missing pieces": what the open document needs that no connected runner has, each with the
// nodes it affects (a click selects the node and brings it into view). Shown before any run.
import type { MissingPiece } from '@tessera/graph';
import { useFitNodes } from '../canvas/fit-nodes.ts';
import { useState } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { blocksRun } from './missing-of.ts';
import { useMissingPieces } from './use-missing.ts';
import './missing.css';

interface Group {
  readonly key: string;
  readonly piece: MissingPiece;
  readonly nodes: { readonly id: string; readonly type: string }[];
}

/** One row per missing thing (a type, a model, a model version), with every node needing it. */
function groupPieces(pieces: readonly MissingPiece[]): Group[] {
  const groups = new Map<string, Group>();
  for (const piece of pieces) {
    const key = `${piece.kind}:${piece.what}:${piece.kind === 'model' ? piece.detail : ''}`;
    const group = groups.get(key) ?? { key, piece, nodes: [] };
    group.nodes.push({ id: piece.nodeId, type: piece.nodeType });
    groups.set(key, group);
  }
  return [...groups.values()];
}

const KIND_LABEL: Record<MissingPiece['kind'], string> = {
  'node-type': 'Node type',
  model: 'Model',
  'model-version': 'Model version',
};

export function MissingPiecesPanel() {
  const pieces = useMissingPieces();
  const [folded, setFolded] = useState(false);
  const fitNodes = useFitNodes();
  if (pieces.length === 0) return null;
  const groups = groupPieces(pieces);
  const blocking = pieces.some(blocksRun);
  const focus = (id: string): void => {
    useEditor.getState().select({ nodes: new Set([id]), edges: new Set() });
    fitNodes([id], { maxZoom: 1 });
  };
  return (
    <section
      className={`missing${blocking ? ' missing--blocking' : ''}`}
      aria-label="Missing pieces"
      data-testid="missing-pieces"
    >
      <header className="missing__header">
        <strong>Missing pieces</strong>
        <span className="missing__summary">
          {blocking
            ? 'No connected runner can run this workflow as it is.'
            : 'It can run, but may not match the original.'}
        </span>
        <button
          type="button"
          className="missing__fold"
          aria-expanded={!folded}
          onClick={() => setFolded(!folded)}
        >
          {folded ? `Show ${groups.length}` : 'Hide'}
        </button>
      </header>
      {!folded && (
        <ul className="missing__list">
          {groups.map((group) => (
            <li
              key={group.key}
              className={`missing__item missing__item--${group.piece.kind}`}
              data-testid="missing-piece"
              data-kind={group.piece.kind}
            >
              <span className="missing__kind">{KIND_LABEL[group.piece.kind]}</span>{' '}
              <code className="missing__what">{group.piece.what}</code>
              <p className="missing__detail">{group.piece.detail}</p>
              <span className="missing__nodes">
                Needed by{' '}
                {group.nodes.map((node) => (
                  <button
                    key={node.id}
                    type="button"
                    className="missing__node"
                    title={`Select ${node.id} (${node.type})`}
                    onClick={() => focus(node.id)}
                  >
                    {node.id}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
