'use client';
// The decoder's latest intermediate image while it denoises, with its step; the final image
// once it finished.
import { useLayoutEffect, useRef } from 'react';
import { OutputImage } from './OutputImage.tsx';
import { currentNodeRun, useRuns } from './run-store.ts';

export function DecoderPreview({ nodeId }: { nodeId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const preview = useRuns((s) => currentNodeRun(s, nodeId)?.preview ?? null);
  const finished = useRuns((s) => {
    const status = currentNodeRun(s, nodeId)?.status;
    return status === 'done' || status === 'cached';
  });
  const imageId = useRuns(
    (s) => currentNodeRun(s, nodeId)?.artifacts.find((a) => a.kind === 'image')?.artifactId,
  );
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || !preview) return;
    if (canvas.width !== preview.width) canvas.width = preview.width;
    if (canvas.height !== preview.height) canvas.height = preview.height;
    const image = new ImageData(new Uint8ClampedArray(preview.rgba), preview.width, preview.height);
    canvas.getContext('2d')?.putImageData(image, 0, 0);
  }, [preview]);

  if (finished && imageId !== undefined)
    return <OutputImage nodeId={nodeId} artifactId={imageId} caption="decoded" />;
  return (
    <figure className="run-image">
      <div className="run-image__box">
        {preview ? (
          <canvas
            ref={ref}
            className="run-image__canvas"
            data-testid={`decode-preview-${nodeId}`}
            role="img"
            aria-label={`Decoder preview, step ${preview.step} of ${preview.steps}`}
          />
        ) : (
          <span className="run-image__empty">No image yet</span>
        )}
      </div>
      <figcaption className="run-image__caption">
        {preview ? `step ${preview.step}/${preview.steps}` : '\u00a0'}
      </figcaption>
    </figure>
  );
}
