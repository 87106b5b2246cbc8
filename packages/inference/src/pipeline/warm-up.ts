// One small pass through every stage of a loaded package — a plan, its expansion, one decoder
// step, each upscaler the package ships (twice) — so that a runner's first job does not pay onnxruntime's
// first-inference set-up (memory for each shape, thread pools, kernels). Measured on the poster
// (`pnpm bench:app`, quiet 2-core machine) before it existed: the first run's upscale took
// 1.42 s against 0.46 s warm, its expander 0.34 s against 0.17 s, its planner 0.80 s against
// 0.54 s. The pass is deterministic and keeps nothing: sessions hold no state between runs.
import type { SessionSource } from '../session/session-source.ts';
import { UPSCALE_FACTORS, upscaleStage } from '../upscale/upscale-model.ts';
import { upscaleImage } from '../upscale/upscale-image.ts';
import { decodeImage } from './decode-image.ts';
import { expandPlan } from './expand-plan.ts';
import type { PipelineModel } from './pipeline-model.ts';
import { planLayout } from './plan-layout.ts';

/** A caption of the package's prompt language with a headline, so the glyph path runs too. */
const WARM_UP_PROMPT = 'white poster, red circle top left, headline "HELLO" at top center';

/** Runs every stage once; answers the stages it warmed (upscalers the package lacks are skipped). */
export async function warmUpPipeline(
  source: SessionSource,
  model: PipelineModel,
  hasStage: (name: string) => boolean,
): Promise<string[]> {
  const { plan } = await planLayout(source, model, WARM_UP_PROMPT);
  const fine = await expandPlan(source, model, plan, WARM_UP_PROMPT);
  const image = await decodeImage(source, model, fine, WARM_UP_PROMPT, { steps: 1 });
  const warmed = ['planner', 'expander', 'decoder'];
  for (const factor of UPSCALE_FACTORS) {
    const stage = upscaleStage(factor);
    if (!hasStage(stage)) continue;
    // Twice: onnxruntime settles its memory for a shape over the first two runs (measured on
    // the ×4 upscaler of a 256² image: 1.29 s, 1.11 s, then 0.33 s).
    for (let pass = 0; pass < 2; pass++)
      await upscaleImage(source, image.data, image.width, image.height, { factor });
    warmed.push(stage);
  }
  return warmed;
}
