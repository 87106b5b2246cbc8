'use client';
// A node's token plan: a colour map of code ids that fills in token by token while the planner
// streams, and the plan drawn from the codebook's patches. A finished node's plan comes from its
// stored artifact (tokens missed, a cached node, a reload). The planner's plan (`live`) is drawn
// once, as wide as its node, so it can be watched at any zoom that shows the node: the codebook
// preview, or the colour map when asked for (or while there is no codebook).
import { type ReactNode, useMemo, useState } from 'react';
import { codebookFor } from './codebooks.ts';
import { PlanCanvas } from './PlanCanvas.tsx';
import type { PlanCanvasMode, PlanCells } from './plan-drawing.ts';
import { currentNodeRun, useRuns } from './run-store.ts';
import { isNodeEnded } from './run-state.ts';
import { useCodebooks, useTokenPlanArtifact } from './use-artifacts.ts';

const COLORS: PlanCanvasMode = { kind: 'colors' };

type Shown = 'preview' | 'tokens';

interface Props {
  readonly nodeId: string;
  /** Whether the node streams its tokens (the planner) or only has a stored plan. */
  readonly live: boolean;
  /** Grid side before there is a plan. */
  readonly emptySide: number;
  /** A compact node (zoomed far out): the plan alone, no switch and no link to the Plan Lab. */
  readonly compact?: boolean;
}

/**
 * Which drawing of the live plan is on show. It is there from the start, so the node keeps its
 * height when the codebook arrives; until then (or without a codebook) only the tokens can show.
 */
function ShownSwitch({
  shown,
  previewReady,
  onChange,
}: {
  shown: Shown;
  previewReady: boolean;
  onChange: (shown: Shown) => void;
}) {
  const option = (value: Shown, label: string): ReactNode => {
    const unavailable = value === 'preview' && !previewReady;
    return (
      <button
        type="button"
        className="plan-view__option nodrag"
        aria-pressed={shown === value}
        disabled={unavailable}
        title={unavailable ? 'The preview needs the model’s codebook, not loaded' : undefined}
        onClick={() => onChange(value)}
      >
        {label}
      </button>
    );
  };
  return (
    <div className="plan-view__switch" role="group" aria-label="Plan drawing">
      {option('preview', 'Preview')}
      {option('tokens', 'Tokens')}
    </div>
  );
}

export function PlanView({ nodeId, live, emptySide, compact = false }: Props) {
  const [shown, setShown] = useState<Shown>('preview');
  const runId = useRuns((s) => s.currentRunId) ?? '';
  const stream = useRuns((s) => (live ? (currentNodeRun(s, nodeId)?.plan ?? null) : null));
  const ended = useRuns((s) => {
    const node = currentNodeRun(s, nodeId);
    return node !== undefined && isNodeEnded(node.status);
  });
  const artifactId = useRuns(
    (s) => currentNodeRun(s, nodeId)?.artifacts.find((a) => a.kind === 'token_plan')?.artifactId,
  );
  const complete = stream !== null && stream.filled >= stream.width * stream.height;
  const stored = useTokenPlanArtifact(ended && !complete ? artifactId : undefined);

  const cells: PlanCells | null = stored ?? stream;
  const filled = stored ? stored.width * stored.height : (stream?.filled ?? 0);
  // Fetched (624 KB) once there is a run or a plan to draw, not as every workflow opens.
  const books = useCodebooks(runId !== '' || cells !== null);
  const book = books ? codebookFor(books, cells?.width ?? emptySide) : undefined;
  const patches = useMemo<PlanCanvasMode | null>(
    () => (book ? { kind: 'patches', codebook: book } : null),
    [book],
  );
  const resetKey = `${runId}|${nodeId}`;
  // Of the live plan's two drawings one is on show; both stay drawn, so a switch is instant.
  const previewShown = live && shown === 'preview' && patches !== null;
  const colours = (
    <PlanCanvas
      testId={`plan-grid-${nodeId}`}
      label={`Plan tokens: ${filled} so far`}
      cells={cells}
      filled={filled}
      mode={COLORS}
      resetKey={resetKey}
      hidden={previewShown}
    />
  );
  const preview = patches && (
    <PlanCanvas
      testId={`plan-preview-${nodeId}`}
      label={`Plan preview from the codebook: ${filled} tokens so far`}
      cells={cells}
      filled={filled}
      mode={patches}
      resetKey={resetKey}
      hidden={live && !previewShown}
    />
  );
  const lab = !compact && artifactId !== undefined && ended && (
    <a
      className="plan-view__lab nodrag"
      href={`/lab?artifact=${encodeURIComponent(artifactId)}&run=${encodeURIComponent(runId)}&node=${encodeURIComponent(nodeId)}`}
      target="_blank"
      rel="noreferrer"
    >
      Open in Plan Lab
    </a>
  );
  if (!live)
    return (
      <div className="plan-view">
        {colours}
        {preview || <div className="plan-canvas plan-canvas--placeholder" aria-hidden />}
        {lab}
      </div>
    );
  return (
    <div className="plan-view plan-view--live">
      {!compact && (
        <ShownSwitch
          shown={previewShown ? 'preview' : 'tokens'}
          previewReady={patches !== null}
          onChange={setShown}
        />
      )}
      {preview}
      {colours}
      {lab}
    </div>
  );
}
