#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded on
// these machines. Point PRISMA_SCHEMA_ENGINE_BINARY at this file (packages/db's prisma configs
// do) and `prisma migrate dev|deploy|status|reset|diff` and `db push` run on
// @prisma/schema-engine-wasm with the better-sqlite3 or pg driver adapter.
//
//   schema-engine.mjs --version
//   schema-engine.mjs [--datamodels <file>]... [--datasource <json>] cli <command>
//   schema-engine.mjs [--datamodels <file>]... [--datasource <json>]   (JSON-RPC on stdio)
import { databaseCommand } from './schema-engine/datasource.mjs';
import { createHandler } from './schema-engine/handlers.mjs';
import { errorFields, log } from './schema-engine/log.mjs';
import { serveRpc } from './schema-engine/rpc.mjs';
import { lastPanicMessage, loadSchemaEngineWasm } from './schema-engine/wasm.mjs';

const cliCommands = /** @type {const} */ ([
  'can-connect-to-database',
  'create-database',
  'drop-database',
]);

/**
 * @param {string} json `{"url": …, "shadowDatabaseUrl": …}` from the CLI
 * @returns {import('./schema-engine/datasource.mjs').Datasource}
 */
function parseDatasource(json) {
  /** @type {unknown} */
  const parsed = JSON.parse(json);
  /** @param {string} key */
  const text = (key) => {
    /** @type {unknown} */
    const value =
      typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, key) : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const url = text('url');
  const shadowDatabaseUrl = text('shadowDatabaseUrl');
  return { ...(url ? { url } : {}), ...(shadowDatabaseUrl ? { shadowDatabaseUrl } : {}) };
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ datamodels: string[], datasource: import('./schema-engine/datasource.mjs').Datasource | undefined, cli: string | undefined, version: boolean }} */
  const options = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? '';
    if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === '--datamodels') options.datamodels.push(value());
    else if (arg === '--datasource') options.datasource = parseDatasource(value());
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else if (arg === 'cli') options.cli = value();
  }
  return options;
}

/**
 * @param {string} command
 * @param {string | undefined} url
 */
async function runCliCommand(command, url) {
  const known = cliCommands.find((candidate) => candidate === command);
  if (!known) throw new Error(`Unknown cli command: ${command}`);
  if (!url) throw new Error('The cli commands need --datasource with a url.');
  const name = await databaseCommand(known, url);
  if (name) process.stdout.write(`Database '${name}' was successfully created.\n`);
}

// A Rust panic inside an engine task surfaces as an uncaught RuntimeError: report it the way
// the native engine does (exit code 101, message on stderr).
process.on('uncaughtException', (error) => {
  log('ERROR', { message: lastPanicMessage() || String(error.stack ?? error), is_panic: true });
  process.exit(101);
});

const options = parseArgs(process.argv.slice(2));
try {
  if (options.version) {
    const wasm = await loadSchemaEngineWasm();
    process.stdout.write(`schema-engine-cli ${wasm.version()}\n`);
  } else if (options.cli) {
    log('INFO', { message: `Starting schema engine shim (cli ${options.cli})` });
    await runCliCommand(options.cli, options.datasource?.url);
  } else {
    await serveRpc(createHandler(options));
  }
  process.exit(0);
} catch (error) {
  log('ERROR', errorFields(error));
  process.exit(1);
}
