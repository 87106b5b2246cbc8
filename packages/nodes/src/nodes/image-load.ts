import sharp, { type OutputInfo } from 'sharp';
import { defineNode } from '../context/define-node.ts';
import { MAX_INPUT_IMAGE_BYTES, imageLoadSpec } from '../specs/image-load.ts';

/** The most pixels a loaded image may have (8192 × 8192). */
export const MAX_INPUT_IMAGE_PIXELS = 8192 * 8192;

/** PNG, JPEG or WebP, told by the first bytes (never by the name). */
function formatOf(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && text(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

/**
 * Decodes the uploaded image the hub read into `source` (sharp: libvips, PNG/JPEG/WebP) to RGB:
 * transparency is flattened onto white, grey and palette images become RGB, EXIF orientation is
 * applied. Refuses anything else, and images over the size limits, with a message.
 */
export const imageLoadNode = defineNode(imageLoadSpec, async (ctx) => {
  const { image: name, source } = ctx.params;
  if (name === '' && source === '')
    throw new Error('image.load: no image chosen: upload one and set its name in "image"');
  if (source === '')
    throw new Error(
      `image.load: the image ${name} was not read: only a hub with the input folder can load an uploaded image`,
    );
  const bytes = Buffer.from(source, 'base64');
  if (bytes.byteLength > MAX_INPUT_IMAGE_BYTES)
    throw new Error(`image.load: ${name} is larger than ${MAX_INPUT_IMAGE_BYTES} bytes`);
  if (!formatOf(bytes)) throw new Error(`image.load: ${name} is not a PNG, JPEG or WebP image`);
  ctx.progress(0, 1);
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(bytes, { limitInputPixels: MAX_INPUT_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`image.load: ${name} could not be decoded (${reason})`);
  }
  ctx.signal.throwIfAborted();
  const { width, height, channels } = decoded.info;
  if (channels !== 3)
    throw new Error(`image.load: ${name} decoded to ${channels} channels, not RGB`);
  ctx.progress(1, 1);
  return {
    outputs: { image: { width, height, channels: 3 as const, data: new Uint8Array(decoded.data) } },
  };
});
