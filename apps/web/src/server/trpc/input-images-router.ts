// The editor's side of uploads (the Load image node): list the images in the user's input folder
// and upload one into it, with the same checks as the ComfyUI-compatible API's POST /upload/image
// (acceptImageUpload). With accounts on, only a signed-in user, into their own folder.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { HttpError, acceptImageUpload } from '@tessera/comfy-api';
import { MAX_INPUT_IMAGE_BYTES } from '@tessera/nodes/specs';
import { inputFolderOf } from '../comfy/input-folder.ts';
import { listInputImages } from '@tessera/comfy-api';
import type { TrpcContext } from './context.ts';
import { memberProcedure, router } from './init.ts';

/** Most images the list answers (newest first). */
export const MAX_LISTED_INPUT_IMAGES = 500;

/** The base64 of the largest image accepted, and a little room for padding. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_INPUT_IMAGE_BYTES / 3) * 4 + 4;

const folderOf = (ctx: TrpcContext, userId: string): string =>
  inputFolderOf(ctx.dataDir, ctx.auth.accounts, userId);

const STATUS_CODES = { 403: 'FORBIDDEN', 413: 'PAYLOAD_TOO_LARGE' } as const;

function refusal(error: HttpError): TRPCError {
  const code = STATUS_CODES[error.status as keyof typeof STATUS_CODES] ?? 'BAD_REQUEST';
  return new TRPCError({ code, message: error.message, cause: error });
}

export const inputImagesRouter = router({
  /** The uploaded images, newest first, by the names image.load takes. */
  list: memberProcedure.query(async ({ ctx }) => {
    const images = await listInputImages(folderOf(ctx, ctx.actor.userId), MAX_LISTED_INPUT_IMAGES);
    return images.map((image) => ({
      name: image.name,
      bytes: image.bytes,
      modifiedAt: image.modifiedAt.toISOString(),
    }));
  }),

  /**
   * Stores an image (its bytes as base64) under its file name, or `name (1).png` when another
   * file already has that name; answers the name to put in image.load's `image` param.
   */
  upload: memberProcedure
    .input(
      z.object({
        fileName: z.string().max(200),
        base64: z
          .string()
          .max(MAX_BASE64_LENGTH, `The image is larger than ${MAX_INPUT_IMAGE_BYTES} bytes.`)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The image is not base64.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      try {
        const name = await acceptImageUpload({
          inputDir: folderOf(ctx, ctx.actor.userId),
          subfolder: '',
          fileName: input.fileName,
          bytes: Buffer.from(input.base64, 'base64'),
          overwrite: false,
          maxBytes: MAX_INPUT_IMAGE_BYTES,
        });
        return { name };
      } catch (error) {
        if (error instanceof HttpError) throw refusal(error);
        throw error;
      }
    }),
});
