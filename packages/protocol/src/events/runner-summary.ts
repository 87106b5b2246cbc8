// The runners a hub has, as browsers see them (`runners:changed` on `/client`, tRPC
// `runners.list`).
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';

const zText = lazySchema(() => z.string().max(100_000));

/** A model package a runner holds (`sha256`: `modelPackageSha256`). */
export const zRunnerModelSummary = lazySchema(() =>
  z.object({ id: zText, revision: z.number(), sha256: zText }),
);
export type RunnerModelSummary = z.infer<typeof zRunnerModelSummary>;

export const zRunnerSummary = lazySchema(() =>
  z.object({
    name: zText,
    nodeTypes: z.array(zText),
    providers: z.array(zText),
    /** The model packages it holds (absent from hubs that do not report them). */
    models: z.array(zRunnerModelSummary).optional(),
    /** The job it is executing, if any. */
    busy: z.boolean().optional(),
  }),
);
export type RunnerSummary = z.infer<typeof zRunnerSummary>;

/** The runners list, or undefined for a payload that is not one. */
export function parseRunners(payload: unknown): RunnerSummary[] | undefined {
  const parsed = z.array(zRunnerSummary).safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}
