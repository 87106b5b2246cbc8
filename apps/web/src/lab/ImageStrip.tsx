'use client';
// A plan's images: the original from its run and each render, newest last.
import { artifactUrl } from '../editor/run/use-artifacts.ts';
import type { LabPlan } from './lab-store.ts';

export function ImageStrip({ plan }: { plan: LabPlan }) {
  if (plan.images.length === 0)
    return (
      <p className="lab-muted lab-images__empty">No image yet: Render to see this plan decoded.</p>
    );
  return (
    <div className="lab-images">
      {plan.images.map((img) => (
        <figure key={img.artifactId} data-testid="lab-image" data-label={img.label}>
          <a href={artifactUrl(img.artifactId)} target="_blank" rel="noreferrer">
            <img src={artifactUrl(img.artifactId)} alt={`${plan.name}: ${img.label}`} />
          </a>
          <figcaption>{img.label}</figcaption>
        </figure>
      ))}
    </div>
  );
}
