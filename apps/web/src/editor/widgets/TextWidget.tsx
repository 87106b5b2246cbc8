'use client';
import type { ParamSpec } from '@tessera/graph';
import { PromptUnderstandingPanel } from '../prompt/PromptUnderstanding.tsx';
import { useDraft } from './use-draft.ts';
import { quotedSegments } from './quoted-text.ts';
import { type WidgetProps, widgetId } from './widget-props.ts';

type StringSpec = Extract<ParamSpec, { kind: 'string' }>;

/**
 * A text field. Multi-line text (the prompt) sits over a backdrop that paints quoted text, the
 * text the image must render, in a highlight; a prompt node's text shows beneath it what the
 * model will understand.
 */
export function TextWidget({ nodeId, spec, value, onCommit }: WidgetProps<StringSpec>) {
  const current = typeof value === 'string' ? value : (spec.default ?? '');
  const [draft, setDraft, reset] = useDraft(current);
  const commit = (): void => {
    if (draft !== current) onCommit(draft);
  };
  const id = widgetId(nodeId, spec.name);
  if (spec.multiline !== true) {
    return (
      <input
        id={id}
        type="text"
        className="nodrag"
        maxLength={spec.maxLength}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') reset();
        }}
      />
    );
  }
  return (
    <>
      <div className="widget-text">
        <div className="widget-text__backdrop" aria-hidden="true">
          {quotedSegments(draft).map((segment, i) =>
            segment.quoted ? (
              <mark key={i}>{segment.text}</mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
          {'\n'}
        </div>
        <textarea
          id={id}
          className="nodrag nowheel"
          rows={4}
          maxLength={spec.maxLength}
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') reset();
          }}
        />
      </div>
      <PromptUnderstandingPanel nodeId={nodeId} text={draft} />
    </>
  );
}
