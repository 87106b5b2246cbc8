'use client';
// The image a node shows: its own output (upscaler, plan preview), or the image its `image`
// input received in the same run (preview and save nodes, which output nothing themselves).
import { OutputImage } from './OutputImage.tsx';
import { type RunStore, currentNodeRun, useRuns } from './run-store.ts';
import { formatBytes } from './run-progress.ts';

const imageOf = (s: RunStore, nodeId: string): string | undefined =>
  currentNodeRun(s, nodeId)?.artifacts.find((a) => a.kind === 'image')?.artifactId;

/** The image artifact of the node feeding `nodeId`'s `image` input, once `nodeId` is done. */
function upstreamImageOf(s: RunStore, nodeId: string): string | undefined {
  const node = currentNodeRun(s, nodeId);
  if (node?.status !== 'done' && node?.status !== 'cached') return undefined;
  const run = s.currentRunId === null ? undefined : s.runs[s.currentRunId];
  const upstream = run?.inputs[nodeId]?.image;
  return upstream === undefined ? undefined : imageOf(s, upstream);
}

export function OwnImage({ nodeId }: { nodeId: string }) {
  const artifactId = useRuns((s) => imageOf(s, nodeId));
  return <OutputImage nodeId={nodeId} artifactId={artifactId} />;
}

export function UpstreamImage({ nodeId }: { nodeId: string }) {
  const artifactId = useRuns((s) => upstreamImageOf(s, nodeId));
  return <OutputImage nodeId={nodeId} artifactId={artifactId} />;
}

export function SavedImage({ nodeId }: { nodeId: string }) {
  const artifactId = useRuns((s) => upstreamImageOf(s, nodeId));
  const file = useRuns((s) => {
    const display = currentNodeRun(s, nodeId)?.display;
    return display?.kind === 'saved' ? display.files[0] : undefined;
  });
  return (
    <OutputImage
      nodeId={nodeId}
      artifactId={artifactId}
      caption={
        file ? (
          <span className="saved-file" data-testid={`saved-file-${nodeId}`} title={file.name}>
            {file.name} · {formatBytes(file.bytes)}
          </span>
        ) : undefined
      }
    />
  );
}
