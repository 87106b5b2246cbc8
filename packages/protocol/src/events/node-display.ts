// What an output node shows when it finishes, as it travels runner → hub → browser. Only small,
// descriptive displays travel: an image an output node shows is its input, which the browser
// already has as the upstream node's artifact.
import { z } from 'zod';
import { lazySchema } from '@tessera/graph';

/** A file an output node wrote: its name in the output folder (never a path), size and pixels. */
export const zSavedFileWire = lazySchema(() =>
  z.object({
    name: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^/\\]+$/, 'A saved file name must not contain a path separator'),
    bytes: z.number().int().nonnegative(),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
  }),
);
export type SavedFileWire = z.infer<typeof zSavedFileWire>;

export const zNodeDisplayWire = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('saved'), files: z.array(zSavedFileWire).max(100) }),
  ]),
);
/** `{ kind: 'saved', files }`: what `image.save` wrote. */
export type NodeDisplayWire = z.infer<typeof zNodeDisplayWire>;
