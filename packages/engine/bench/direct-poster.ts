// The poster's model calls made directly, with the params and options the core nodes use.
import { type NodeSpec, type WorkflowDocument, resolveParams } from '@tessera/graph';
import { decodeImage, expandPlan, planLayout, upscaleImage } from '@tessera/inference';
import { DECODE_PREVIEW_SIDE, type LoadedModel, nodeSpecs } from '@tessera/nodes';

function paramsOf(doc: WorkflowDocument, id: string): Record<string, unknown> {
  const node = doc.nodes.find((n) => n.id === id);
  const spec = nodeSpecs.find((s: NodeSpec) => s.type === node?.type);
  if (!node || !spec) throw new Error(`the poster has no node ${id}`);
  return resolveParams(spec, node.params);
}

const num = (params: Record<string, unknown>, key: string): number => {
  const value = params[key];
  if (typeof value !== 'number') throw new Error(`param ${key} is not a number`);
  return value;
};

const noop = (): void => undefined;

/**
 * planLayout → expandPlan → decodeImage → upscaleImage, with the options and hooks (here no-ops)
 * the core nodes pass; answers the upscaled pixels.
 */
export async function directPoster(model: LoadedModel, doc: WorkflowDocument): Promise<Uint8Array> {
  const { signal } = new AbortController();
  const prompt = String(paramsOf(doc, 'prompt').text);
  const plan = paramsOf(doc, 'plan');
  const layout = await planLayout(
    model.sessions,
    model.pipeline,
    prompt,
    {
      seed: num(plan, 'seed'),
      temperature: num(plan, 'temperature'),
      topP: num(plan, 'topP'),
      topK: num(plan, 'topK'),
      grid: num(plan, 'grid'),
    },
    { signal, onToken: noop },
  );
  const expand = paramsOf(doc, 'expand');
  const fine = await expandPlan(
    model.sessions,
    model.pipeline,
    layout.plan,
    prompt,
    {
      grid: num(expand, 'grid'),
      seed: num(expand, 'seed'),
    },
    { signal },
  );
  const decode = paramsOf(doc, 'decode');
  const canvas = model.pipeline.constants.decoder.canvas;
  const image = await decodeImage(
    model.sessions,
    model.pipeline,
    fine,
    prompt,
    {
      steps: num(decode, 'steps'),
      guidance: num(decode, 'guidance'),
      seed: num(decode, 'seed'),
      previewEvery: 1,
      previewSize: canvas % DECODE_PREVIEW_SIDE === 0 ? DECODE_PREVIEW_SIDE : canvas,
    },
    { signal, onStep: noop },
  );
  const factor = num(paramsOf(doc, 'upscale'), 'factor');
  if (factor !== 2 && factor !== 4) throw new Error(`unexpected upscale factor ${factor}`);
  return upscaleImage(model.sessions, image.data, image.width, image.height, {
    factor,
    signal,
    onProgress: noop,
  });
}
