import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const ESRGAN_SLIM = '@upscalerjs/esrgan-slim';

/** models/tessera-tiny/onnx in this repository, where the converted upscalers are committed. */
export function tesseraTinyOnnxDir(): string {
  return fileURLToPath(new URL('../../../../../models/tessera-tiny/onnx/', import.meta.url));
}

const zPackageJson = z.object({ name: z.string(), version: z.string() });

export interface InstalledPackage {
  readonly dir: string;
  readonly name: string;
  readonly version: string;
}

/**
 * The installed @upscalerjs/esrgan-slim package (its `exports` hide package.json, so resolve its
 * entry point and walk up to the folder whose package.json names it).
 */
export function esrganSlimPackage(): InstalledPackage {
  let dir = dirname(createRequire(import.meta.url).resolve(ESRGAN_SLIM));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = zPackageJson.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (pkg.success && pkg.data.name === ESRGAN_SLIM) return { dir, ...pkg.data };
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the package folder of ${ESRGAN_SLIM}`);
    dir = up;
  }
}
