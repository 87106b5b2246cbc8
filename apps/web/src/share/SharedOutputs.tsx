'use client';
// The latest run's outputs on a share page: its images and its token plans, per node.
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import { SharedPlan } from './SharedPlan.tsx';

interface Artifact {
  readonly artifactId: string;
  readonly nodeId: string;
  readonly port: string;
  readonly kind: string;
}

interface Latest {
  readonly workflowVersion: number | null;
  readonly finishedAt: string | Date | null;
  readonly artifacts: readonly Artifact[];
}

export function SharedOutputs({ latest }: { latest: Latest | null }) {
  if (latest === null)
    return (
      <p className="share-empty" data-testid="no-outputs">
        This workflow has not been run to the end yet: there are no outputs to show.
      </p>
    );
  const images = latest.artifacts.filter((a) => a.kind === 'image');
  const plans = latest.artifacts.filter((a) => a.kind === 'token_plan');
  const finished = latest.finishedAt === null ? null : new Date(latest.finishedAt);
  return (
    <div className="share-outputs" data-testid="shared-outputs">
      <p className="share-meta">
        Latest run
        {latest.workflowVersion !== null && ` (version ${latest.workflowVersion})`}
        {finished && (
          <>
            , finished <time dateTime={finished.toISOString()}>{finished.toLocaleString()}</time>
          </>
        )}
      </p>
      {images.length === 0 && plans.length === 0 && (
        <p className="share-empty">The latest run stored no images or plans.</p>
      )}
      {images.map((a) => (
        <figure key={a.artifactId} className="share-image">
          <a href={artifactUrl(a.artifactId)} target="_blank" rel="noreferrer">
            <img
              src={artifactUrl(a.artifactId)}
              alt={`Output of ${a.nodeId}`}
              data-testid={`shared-image-${a.nodeId}`}
            />
          </a>
          <figcaption>{a.nodeId}</figcaption>
        </figure>
      ))}
      {plans.map((a) => (
        <figure key={a.artifactId} className="share-plan">
          <SharedPlan artifactId={a.artifactId} nodeId={a.nodeId} />
          <figcaption>{a.nodeId} · token plan</figcaption>
        </figure>
      ))}
    </div>
  );
}
