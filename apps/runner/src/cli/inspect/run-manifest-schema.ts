import { RUN_MANIFEST_FORMAT, RUN_MANIFEST_VERSION } from '@tessera/nodes';
import { z } from 'zod';

/** The `tessera:run` chunk (`RunManifest` of @tessera/nodes), parsed at the edge. */
export const zRunManifest = z.object({
  format: z.literal(RUN_MANIFEST_FORMAT),
  version: z.literal(RUN_MANIFEST_VERSION),
  tessera: z.string(),
  savedBy: z.string(),
  model: z.object({
    id: z.string(),
    revision: z.number(),
    files: z.record(z.string(), z.string()),
  }),
  nodes: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      version: z.number(),
      params: z.record(z.string(), z.unknown()),
    }),
  ),
  seeds: z.record(z.string(), z.number()),
});

export type ParsedRunManifest = z.infer<typeof zRunManifest>;
