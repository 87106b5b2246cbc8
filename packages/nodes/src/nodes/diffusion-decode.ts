import { decodeImage } from '@tessera/inference';
import { defineNode } from '../context/define-node.ts';
import { diffusionDecodeSpec } from '../specs/diffusion-decode.ts';

/** Side of the decoder's live previews, when it divides the canvas (else the canvas side). */
export const DECODE_PREVIEW_SIDE = 128;

/** Renders the plan; every step is a progress event and a preview of the final image. */
export const diffusionDecodeNode = defineNode(diffusionDecodeSpec, async (ctx) => {
  const model = await ctx.models.load();
  const canvas = model.pipeline.constants.decoder.canvas;
  const previewSize = canvas % DECODE_PREVIEW_SIDE === 0 ? DECODE_PREVIEW_SIDE : canvas;
  const plan = ctx.inputs.plan;
  const image = await decodeImage(
    model.sessions,
    model.pipeline,
    plan,
    ctx.inputs.prompt,
    { ...ctx.params, previewEvery: 1, previewSize },
    {
      signal: ctx.signal,
      onStep: (step, steps, preview) => {
        ctx.progress(step, steps);
        if (preview) ctx.partial({ kind: 'image-preview', step, steps, image: preview });
      },
    },
  );
  return { outputs: { image: { ...image, plan } } };
});
