// Loads @prisma/schema-engine-wasm by hand: its entry `import`s the .wasm file, which Node 20
// cannot do, so the module is instantiated here with the package's own JS glue.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);

/** @typedef {import('@prisma/schema-engine-wasm/schema_engine_bg').SchemaEngine} SchemaEngine */

/**
 * The part of the WebAssembly global used here (the project's `lib` has no DOM typings).
 * @typedef {{
 *   instantiate(bytes: Uint8Array, imports: Record<string, Record<string, unknown>>): Promise<{ instance: { exports: Record<string, unknown> } }>,
 *   RuntimeError: new (message?: string) => Error,
 * }} WebAssemblyApi
 */

/** @type {unknown} */
const webAssemblyGlobal = Reflect.get(globalThis, 'WebAssembly');
export const webAssembly = /** @type {WebAssemblyApi} */ (webAssemblyGlobal);

/** @type {{ message: string, set_message(message: string): void }} */
const panicRegistry = {
  message: '',
  set_message(message) {
    panicRegistry.message = message;
  },
};

let loaded = false;

/** @returns {Promise<typeof glue>} */
export async function loadSchemaEngineWasm() {
  if (loaded) return glue;
  // The module reports Rust panics through this global before it traps.
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panicRegistry });
  const packageDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
  const { instance } = await webAssembly.instantiate(bytes, {
    './schema_engine_bg.js': { ...glue },
  });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports['__wbindgen_start'];
  if (typeof start === 'function') Reflect.apply(start, undefined, []);
  loaded = true;
  return glue;
}

/** The message of the last Rust panic, if any. */
export function lastPanicMessage() {
  return panicRegistry.message;
}
