// What each JSON-RPC request of the Prisma CLI becomes on the wasm engine.
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import {
  adapterFactory,
  databaseCommand,
  providerOf,
  readDatamodels,
  withFallbackDatamodel,
} from './datasource.mjs';
import { forwardEngineLog, messageOf, prismaCodeOf, prismaError } from './log.mjs';
import { resetSqlite } from './sqlite.mjs';
import { loadSchemaEngineWasm } from './wasm.mjs';

/** @typedef {import('./wasm.mjs').SchemaEngine} SchemaEngine */
/** @typedef {import('./rpc.mjs').Handler} Handler */
/** @typedef {import('./datasource.mjs').Datasource} Datasource */

/**
 * The CLI's params, passed on as the engine's input types (the CLI and the engine agree on
 * them; the shim does not re-validate).
 * @template T
 * @param {unknown} params
 * @returns {T}
 */
const asInput = (params) => /** @type {T} */ (params);

/** @type {Record<string, (engine: SchemaEngine, params: unknown) => Promise<unknown>>} */
const passThrough = {
  applyMigrations: (engine, params) => engine.applyMigrations(asInput(params)),
  dbExecute: (engine, params) => engine.dbExecute(asInput(params)),
  devDiagnostic: (engine, params) => engine.devDiagnostic(asInput(params)),
  diagnoseMigrationHistory: (engine, params) => engine.diagnoseMigrationHistory(asInput(params)),
  ensureConnectionValidity: (engine, params) => engine.ensureConnectionValidity(asInput(params)),
  getDatabaseVersion: (engine, params) => engine.version(asInput(params)),
  introspect: (engine, params) => engine.introspect(asInput(params)),
  markMigrationApplied: (engine, params) => engine.markMigrationApplied(asInput(params)),
  markMigrationRolledBack: (engine, params) => engine.markMigrationRolledBack(asInput(params)),
  schemaPush: (engine, params) => engine.schemaPush(asInput(params)),
};

/**
 * The wasm engine replays the migrations into the shadow database only in some commands
 * (devDiagnostic, diff), and evaluateDataLoss / createMigration reuse that result; called on
 * their own they fail with "shadow DB must be provided through an external factory".
 * @param {SchemaEngine} engine
 * @param {unknown} params
 */
async function primeShadowDatabase(engine, params) {
  /** @type {import('@prisma/schema-engine-wasm').DevDiagnosticInput} */
  const input = asInput(params);
  await engine
    .devDiagnostic({ migrationsList: input.migrationsList, filters: input.filters })
    .catch(() => undefined);
}

/**
 * "External error id#3" → the driver's own error, kept by the adapter's error registry.
 * @param {unknown} error
 * @param {import('@prisma/driver-adapter-utils').ErrorRegistry} registry
 */
function explainExternalError(error, registry) {
  const message = messageOf(error);
  const match = /External error id#(\d+)/.exec(message);
  const record = match ? registry.consumeError(Number(match[1])) : undefined;
  if (!match || !record) return error;
  const cause = record.error;
  const original =
    typeof cause === 'object' &&
    cause !== null &&
    'cause' in cause &&
    typeof cause.cause === 'object' &&
    cause.cause !== null &&
    'originalMessage' in cause.cause
      ? String(cause.cause.originalMessage)
      : messageOf(cause);
  return prismaError(prismaCodeOf(error) ?? 'P1000', message.replace(match[0], original));
}

/**
 * @param {{ datamodels: string[], datasource: Datasource | undefined }} options
 * @returns {Handler}
 */
export function createHandler(options) {
  const given = readDatamodels(options.datamodels);
  const provider = providerOf(options.datasource?.url, given);
  const adapters = adapterFactory(provider, options.datasource);
  const factory = bindMigrationAwareSqlAdapterFactory(adapters);
  // If the engine cannot start (database unreachable…), every request is answered with that
  // error: the CLI reports RPC errors, but not always an engine that exits early.
  const ready = loadSchemaEngineWasm().then((wasm) =>
    wasm.SchemaEngine.new(
      { datamodels: withFallbackDatamodel(given, provider) },
      forwardEngineLog,
      factory,
    ),
  );
  ready.catch(() => undefined);

  /** @type {(engine: SchemaEngine, method: string, params: unknown, rpc: import('./rpc.mjs').Rpc) => Promise<unknown>} */
  const dispatch = async (engine, method, params, rpc) => {
    switch (method) {
      case 'createDatabase': {
        /** @type {{ datasource?: { url?: string } }} */
        const input = asInput(params);
        const url = input.datasource?.url ?? options.datasource?.url;
        if (!url) throw prismaError('P1012', 'No datasource URL to create a database for.');
        return { databaseName: await databaseCommand('create-database', url) };
      }
      case 'reset': {
        if (provider !== 'sqlite') return engine.reset(asInput(params));
        const adapter = await adapters.connect();
        try {
          return await resetSqlite(adapter);
        } finally {
          await adapter.dispose();
        }
      }
      case 'diff': {
        const result = await engine.diff(asInput(params));
        if (result.stdout) await rpc.print(result.stdout.replace(/\n$/, ''));
        return { exitCode: result.exitCode };
      }
      case 'evaluateDataLoss':
        await primeShadowDatabase(engine, params);
        return engine.evaluateDataLoss(asInput(params));
      case 'createMigration':
        await primeShadowDatabase(engine, params);
        return engine.createMigration(asInput(params));
      default: {
        const run = passThrough[method];
        if (!run)
          throw prismaError('P1000', `The schema engine shim does not support \`${method}\`.`);
        return run(engine, params);
      }
    }
  };

  return async (method, params, rpc) => {
    try {
      return await dispatch(await ready, method, params, rpc);
    } catch (error) {
      throw explainExternalError(error, factory.errorRegistry);
    }
  };
}
