'use client';
// The differences between two compared versions, beside the canvas that highlights them.
import type { DocumentDiff } from '@tessera/graph';
import { useMemo } from 'react';
import { diffLines } from './diff-lines.ts';

const SIGN = { added: '+', removed: '−', changed: '~', layout: '↔' } as const;

export function DiffList({
  diff,
  older,
  newer,
}: {
  diff: DocumentDiff;
  older: number;
  newer: number;
}) {
  const lines = useMemo(() => diffLines(diff), [diff]);
  return (
    <aside className="ver-diff" aria-label="Differences" data-testid="diff-list">
      <h3>
        Version {older} → {newer}
      </h3>
      {lines.length === 0 ? (
        <p className="wf-empty">No differences: the two versions hold the same workflow.</p>
      ) : (
        <ul>
          {lines.map((line, i) => (
            <li
              key={i}
              className={`ver-diff__line ver-diff__line--${line.kind}`}
              data-kind={line.kind}
            >
              <span className="ver-diff__sign" aria-hidden>
                {SIGN[line.kind]}
              </span>
              {line.text}
            </li>
          ))}
        </ul>
      )}
      <p className="ver-diff__legend">
        <span className="ver-diff__line--added">green: added</span> ·{' '}
        <span className="ver-diff__line--removed">red: removed</span> ·{' '}
        <span className="ver-diff__line--changed">amber: changed</span>
      </p>
    </aside>
  );
}
