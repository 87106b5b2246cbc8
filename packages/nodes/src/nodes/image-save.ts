import { encodePng } from '@tessera/png';
import { defineNode } from '../context/define-node.ts';
import { pngTexts } from '../save/png-texts.ts';
import { buildRunManifest } from '../save/run-manifest.ts';
import { imageSaveSpec } from '../specs/image-save.ts';

/**
 * Writes the image as `<prefix>_<n>.png` through `ctx.files` (atomic, never overwriting, one file
 * per node of a run) with the workflow as written (components kept), the run manifest and the image's source plan as iTXt
 * chunks. The bytes depend only on the image, the workflow, the params and the model: no
 * timestamps.
 */
export const imageSaveNode = defineNode(imageSaveSpec, async (ctx) => {
  const { image } = ctx.inputs;
  const model = await ctx.models.load();
  const manifest = buildRunManifest(ctx.run, model.provenance);
  const png = encodePng(image, pngTexts(ctx.run.sourceWorkflow, manifest, image.plan));
  ctx.progress(0, 1);
  const saved = await ctx.files.writeNew({
    prefix: ctx.params.prefix,
    extension: '.png',
    bytes: png,
    signal: ctx.signal,
    // A save executed again (its runner or server died before reporting it) writes no new file.
    once: `${ctx.run.runId}/${ctx.run.nodeId}`,
  });
  ctx.progress(1, 1);
  ctx.log.info(`saved ${saved.name} (${saved.bytes} bytes)`);
  return {
    outputs: {},
    display: { kind: 'saved', files: [{ ...saved, width: image.width, height: image.height }] },
  };
});
