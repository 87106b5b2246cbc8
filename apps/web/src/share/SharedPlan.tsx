'use client';
// A stored token plan on a share page: its colour map and the preview drawn from the codebook.
import { useMemo } from 'react';
import { codebookFor } from '../editor/run/codebooks.ts';
import { PlanCanvas } from '../editor/run/PlanCanvas.tsx';
import type { PlanCanvasMode } from '../editor/run/plan-drawing.ts';
import { useCodebooks, useTokenPlanArtifact } from '../editor/run/use-artifacts.ts';

const COLORS: PlanCanvasMode = { kind: 'colors' };

export function SharedPlan({ artifactId, nodeId }: { artifactId: string; nodeId: string }) {
  const plan = useTokenPlanArtifact(artifactId);
  const books = useCodebooks(true);
  const book = books && plan ? codebookFor(books, plan.width) : undefined;
  const patches = useMemo<PlanCanvasMode | null>(
    () => (book ? { kind: 'patches', codebook: book } : null),
    [book],
  );
  if (plan === null) return <span className="share-empty">Loading the plan…</span>;
  const filled = plan.width * plan.height;
  return (
    <div className="plan-view">
      <PlanCanvas
        testId={`shared-plan-${nodeId}`}
        label={`Plan of ${nodeId}: ${plan.width}×${plan.height} tokens`}
        cells={plan}
        filled={filled}
        mode={COLORS}
        resetKey={artifactId}
      />
      {patches && (
        <PlanCanvas
          testId={`shared-plan-preview-${nodeId}`}
          label={`Plan preview of ${nodeId} from the codebook`}
          cells={plan}
          filled={filled}
          mode={patches}
          resetKey={artifactId}
        />
      )}
    </div>
  );
}
