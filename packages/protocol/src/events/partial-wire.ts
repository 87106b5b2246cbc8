// What a job streams before it finishes (plan tokens, image previews): sent by runners
// (runner-events.ts) and relayed to browsers (run-events.ts). Its own module, so a browser that
// reads run events does not build the runners' schemas as it starts.
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';
import { zImageWire } from './wire-values.ts';

export const zPlanTokenPartial = lazySchema(() =>
  z.object({
    kind: z.literal('plan-token'),
    index: z.number().int().min(0),
    id: z.number().int().min(0).max(0xffff),
    probability: z.number().min(0).max(1),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
  }),
);
/** The most plan tokens one `plan-tokens` message carries (a 64×64 grid). */
export const MAX_PLAN_TOKENS_PER_MESSAGE = 4096;

/**
 * Consecutive plan tokens in one message: `ids[i]` and `probabilities[i]` are token `index + i`.
 * Runners gather the tokens sampled within a few milliseconds into one, so a streamed plan costs
 * dozens of messages to relay and draw rather than one per token.
 */
export const zPlanTokensPartial = lazySchema(() =>
  z
    .object({
      kind: z.literal('plan-tokens'),
      index: z.number().int().min(0),
      ids: z.array(z.number().int().min(0).max(0xffff)).min(1).max(MAX_PLAN_TOKENS_PER_MESSAGE),
      probabilities: z.array(z.number().min(0).max(1)).max(MAX_PLAN_TOKENS_PER_MESSAGE),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
    })
    .refine((batch) => batch.probabilities.length === batch.ids.length, {
      message: 'plan-tokens needs one probability per id',
    }),
);
export const zImagePreviewPartial = lazySchema(() =>
  z.object({
    kind: z.literal('image-preview'),
    step: z.number().int().min(0),
    steps: z.number().int().min(1),
    image: zImageWire,
  }),
);
export const zPartialWire = lazySchema(() =>
  z.discriminatedUnion('kind', [zPlanTokenPartial, zPlanTokensPartial, zImagePreviewPartial]),
);
export type PartialWire = z.infer<typeof zPartialWire>;
