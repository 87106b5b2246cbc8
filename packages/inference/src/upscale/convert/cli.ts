// Regenerates models/tessera-tiny/onnx/upscale-x{2,4}.onnx (and the licence notice beside them)
// from the installed @upscalerjs/esrgan-slim. Byte-identical on rerun.
//   pnpm --filter @tessera/inference run convert:upscaler
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UPSCALE_FACTORS, upscaleFileName } from '../upscale-model.ts';
import { convertEsrganSlim, esrganSlimLicenceNotice, esrganSlimOrigin } from './esrgan-slim.ts';
import { tesseraTinyOnnxDir } from './paths.ts';

export const LICENCE_NOTICE_FILE = 'LICENSE-upscale.txt';

async function main(): Promise<void> {
  const dir = tesseraTinyOnnxDir();
  for (const factor of UPSCALE_FACTORS) {
    const bytes = await convertEsrganSlim(factor);
    const file = join(dir, upscaleFileName(factor));
    await writeFile(file, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    console.log(
      `${file}: ${bytes.byteLength} bytes, sha256 ${sha256} (${esrganSlimOrigin(factor)})`,
    );
  }
  await writeFile(join(dir, LICENCE_NOTICE_FILE), await esrganSlimLicenceNotice());
}

await main();
