import { upscaleImage } from '@tessera/inference';
import { defineNode } from '../context/define-node.ts';
import { imageUpscaleSpec } from '../specs/image-upscale.ts';

/** Enlarges an RGB image; each tile is a progress step. The image keeps its source plan. */
export const imageUpscaleNode = defineNode(imageUpscaleSpec, async (ctx) => {
  const { image } = ctx.inputs;
  const { factor } = ctx.params;
  if (image.channels !== 3) {
    throw new Error(`image.upscale takes RGB images; this one has ${image.channels} channels`);
  }
  const model = await ctx.models.load();
  const data = await upscaleImage(model.sessions, image.data, image.width, image.height, {
    factor,
    signal: ctx.signal,
    onProgress: ({ tile, tiles }) => ctx.progress(tile, tiles),
  });
  return {
    outputs: {
      image: {
        width: image.width * factor,
        height: image.height * factor,
        channels: 3 as const,
        data,
        ...(image.plan ? { plan: image.plan } : {}),
      },
    },
  };
});
