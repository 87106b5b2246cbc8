'use client';
// A node's token plan: a colour map of code ids that fills in token by token while the planner
// streams, and beside it the plan drawn from the codebook's patches. A finished node's plan
// comes from its stored artifact (tokens missed, a cached node, a reload).
import { useMemo } from 'react';
import { codebookFor } from './codebooks.ts';
import { PlanCanvas } from './PlanCanvas.tsx';
import type { PlanCanvasMode, PlanCells } from './plan-drawing.ts';
import { currentNodeRun, useRuns } from './run-store.ts';
import { isNodeEnded } from './run-state.ts';
import { useCodebooks, useTokenPlanArtifact } from './use-artifacts.ts';

const COLORS: PlanCanvasMode = { kind: 'colors' };

interface Props {
  readonly nodeId: string;
  /** Whether the node streams its tokens (the planner) or only has a stored plan. */
  readonly live: boolean;
  /** Grid side before there is a plan. */
  readonly emptySide: number;
}

export function PlanView({ nodeId, live, emptySide }: Props) {
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
  const books = useCodebooks(true);
  const book = books ? codebookFor(books, cells?.width ?? emptySide) : undefined;
  const patches = useMemo<PlanCanvasMode | null>(
    () => (book ? { kind: 'patches', codebook: book } : null),
    [book],
  );
  const resetKey = `${runId}|${nodeId}`;
  return (
    <div className="plan-view">
      <PlanCanvas
        testId={`plan-grid-${nodeId}`}
        label={`Plan tokens: ${filled} so far`}
        cells={cells}
        filled={filled}
        mode={COLORS}
        emptySide={emptySide}
        resetKey={resetKey}
      />
      {patches ? (
        <PlanCanvas
          testId={`plan-preview-${nodeId}`}
          label="Plan preview from the codebook"
          cells={cells}
          filled={filled}
          mode={patches}
          emptySide={emptySide}
          resetKey={resetKey}
        />
      ) : (
        <div className="plan-canvas plan-canvas--placeholder" aria-hidden />
      )}
      {artifactId !== undefined && ended && (
        <a
          className="plan-view__lab nodrag"
          href={`/lab?artifact=${encodeURIComponent(artifactId)}&run=${encodeURIComponent(runId)}&node=${encodeURIComponent(nodeId)}`}
          target="_blank"
          rel="noreferrer"
        >
          Open in Plan Lab
        </a>
      )}
    </div>
  );
}
