'use client';
// Under a prompt's text: what the model's prompt language makes of it, as it is typed —
// background, shapes and their zones, the headline and its zone, the words it ignored, what it
// cannot place (always shown), and the caption the model receives. Folded to one line by default.
import { PALETTE_RGB, type PromptUnderstanding } from '@tessera/inference/prompt-language';
import { useMemo } from 'react';
import { useEditor } from '../state/editor-store.ts';
import { type PromptReader, promptReaderOf } from './prompt-language-of.ts';
import { understandingSummary } from './understanding-summary.ts';
import './prompt.css';

function Swatch({ colour }: { colour: string }) {
  const rgb = (PALETTE_RGB as Readonly<Record<string, readonly number[]>>)[colour];
  if (rgb === undefined) return null;
  return <span className="understood__swatch" style={{ background: `rgb(${rgb.join(' ')})` }} />;
}

/** A 3×3 grid with the zone's cell lit. */
function ZoneMark({ row, col }: { row: number; col: number }) {
  return (
    <span className="understood__zone" aria-hidden="true">
      {Array.from({ length: 9 }, (_, i) => (
        <span key={i} className={i === row * 3 + col ? 'on' : undefined} />
      ))}
    </span>
  );
}

function Details({ u }: { u: PromptUnderstanding }) {
  return (
    <dl className="understood__list">
      <dt>Background</dt>
      <dd>
        {u.background.length === 0
          ? '—'
          : u.background.map((c) => (
              <span key={c} className="understood__item">
                <Swatch colour={c} /> {c}
              </span>
            ))}
        {u.background.length === 2 && <span className="understood__muted"> (top → bottom)</span>}
      </dd>
      <dt>Shapes</dt>
      <dd>
        {u.blocks.length === 0
          ? '—'
          : u.blocks.map((b) => (
              <span key={b.zone} className="understood__item">
                <ZoneMark row={b.row} col={b.col} />
                <Swatch colour={b.color} /> {b.color} {b.shape}, {b.zone}
              </span>
            ))}
      </dd>
      <dt>Headline</dt>
      <dd>
        {u.headline === null ? (
          '—'
        ) : (
          <span className="understood__item">
            <ZoneMark row={u.headline.row} col={u.headline.col} />“{u.headline.text}”,{' '}
            {u.headline.zone}
          </span>
        )}
      </dd>
      {u.footer !== null && (
        <>
          <dt>Footer</dt>
          <dd>
            <Swatch colour={u.footer} /> {u.footer} bar
          </dd>
        </>
      )}
      {u.ignored.length > 0 && (
        <>
          <dt>Ignored</dt>
          <dd className="understood__muted">{u.ignored.join(', ')}</dd>
        </>
      )}
      {u.notes.map((note) => (
        <dd key={note} className="understood__note">
          {note}
        </dd>
      ))}
      <dt>Model reads</dt>
      <dd>
        <code className="understood__caption">{u.caption || '(nothing)'}</code>
      </dd>
    </dl>
  );
}

/** The understanding of a prompt node's text; renders nothing for any other node. */
export function PromptUnderstandingPanel({ nodeId, text }: { nodeId: string; text: string }) {
  const doc = useEditor((s) => s.structure);
  const isPrompt = doc.nodes.some((n) => n.id === nodeId && n.type === 'prompt');
  const reader = useMemo(
    () => (isPrompt ? promptReaderOf(doc, nodeId) : null),
    [doc, nodeId, isPrompt],
  );
  const understood = useMemo(() => reader?.language.understand(text), [reader, text]);
  if (reader === null || understood === undefined) return null;
  return <PromptUnderstandingView nodeId={nodeId} reader={reader} understood={understood} />;
}

/** The panel itself: warnings unfolded, the rest folded behind a one-line summary. */
export function PromptUnderstandingView({
  nodeId,
  reader,
  understood,
}: {
  nodeId: string;
  reader: PromptReader;
  understood: PromptUnderstanding;
}) {
  return (
    <div className="understood nodrag" data-testid={`understood-${nodeId}`}>
      {understood.unplaced.length > 0 && (
        <ul className="understood__unplaced" role="status">
          {understood.unplaced.map((u, i) => (
            <li key={i}>
              ⚠ Not placed: <b>{u.words}</b> — {u.reason}
            </li>
          ))}
        </ul>
      )}
      <details className="understood__details">
        <summary title={`${reader.model} reads prompts as ${reader.language.id}`}>
          Understood: {understandingSummary(understood)}
        </summary>
        <Details u={understood} />
        <p className="understood__language">
          {reader.model} · {reader.language.id}
        </p>
      </details>
    </div>
  );
}
