// The held-out prompt suite written by the training recipe (models/*/train/heldout_prompts.json).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const zBox = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]);
const zRgb = z.tuple([z.number().int(), z.number().int(), z.number().int()]);

const zHeldoutPrompt = z.object({
  id: z.string(),
  prompt: z.string(),
  /** The background colour name(s), when the suite records them. */
  background: z.array(z.string()).optional(),
  blocks: z.array(
    z.object({
      color: z.string(),
      zone: z.string(),
      center_box: zBox,
      /** rectangle | circle | bar, when the suite records it. */
      shape: z.string().optional(),
    }),
  ),
  headline: z.object({ text: z.string(), zone: z.string(), ink_box: zBox }),
  /** The footer bar's colour, or null for none, when the suite records it. */
  footer: z.string().nullable().optional(),
});

const zHeldoutSuite = z.object({
  format: z.string(),
  n: z.number().int(),
  palette: z.record(z.string(), zRgb),
  prompts: z.array(zHeldoutPrompt).min(1),
});

export type HeldoutPrompt = z.infer<typeof zHeldoutPrompt>;
export type HeldoutSuite = z.infer<typeof zHeldoutSuite>;
/** [x0, y0, x1, y1], half-open, in 256×256 canvas pixels. */
export type Box = z.infer<typeof zBox>;

export function loadHeldoutSuite(file: string): HeldoutSuite {
  const parsed = zHeldoutSuite.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: not a held-out suite (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  return parsed.data;
}
