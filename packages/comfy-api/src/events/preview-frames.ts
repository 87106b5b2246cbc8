// ComfyUI's binary preview message: a big-endian u32 event type (1: preview image), a u32 image
// format (1: JPEG, 2: PNG), then the image. Decoder steps send their estimate; the planner's
// tokens are drawn as a mosaic, one colour per codebook id, so a client sees the layout grow.
import { encodePng } from '@tessera/png';

const PREVIEW_IMAGE = 1;
const PNG_FORMAT = 2;
/** Pixels per plan token in the mosaic. */
const TOKEN_PIXELS = 4;

export function previewFrame(png: Uint8Array): Uint8Array {
  const frame = new Uint8Array(8 + png.byteLength);
  const view = new DataView(frame.buffer);
  view.setUint32(0, PREVIEW_IMAGE);
  view.setUint32(4, PNG_FORMAT);
  frame.set(png, 8);
  return frame;
}

export function imageFrame(image: {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array;
}): Uint8Array {
  return previewFrame(encodePng(image));
}

/** A stable colour per token id (ids unseen yet are black). */
function tokenColour(id: number): [number, number, number] {
  const hash = Math.imul(id + 1, 2654435761) >>> 0;
  return [64 + (hash & 0xbf), 64 + ((hash >>> 8) & 0xbf), 64 + ((hash >>> 16) & 0xbf)];
}

/** The plan so far (`ids[i] < 0`: not sampled yet) as a PNG mosaic frame. */
export function planFrame(ids: Int32Array, width: number, height: number): Uint8Array {
  const w = width * TOKEN_PIXELS;
  const data = new Uint8Array(w * height * TOKEN_PIXELS * 3);
  for (let y = 0; y < height * TOKEN_PIXELS; y++)
    for (let x = 0; x < w; x++) {
      const id = ids[Math.floor(y / TOKEN_PIXELS) * width + Math.floor(x / TOKEN_PIXELS)] ?? -1;
      if (id < 0) continue;
      const [r, g, b] = tokenColour(id);
      const at = (y * w + x) * 3;
      data[at] = r;
      data[at + 1] = g;
      data[at + 2] = b;
    }
  return previewFrame(encodePng({ width: w, height: height * TOKEN_PIXELS, channels: 3, data }));
}
