// PostgreSQL behind the wasm engine, with the fixes the engine needs from adapter-pg.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { prismaError } from './log.mjs';
import {
  POSTGRES_MIGRATIONS_TABLE,
  createMigrationsTableOnFirstRead,
} from './migrations-table.mjs';

/** @typedef {import('@prisma/driver-adapter-utils').SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import('@prisma/driver-adapter-utils').SqlMigrationAwareDriverAdapterFactory} AdapterFactory */

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * adapter-pg refuses result columns of the internal `"char"` type (OID 18), which the engine's
 * catalogue queries return; the values arrive as strings anyway, so label them text.
 * @param {unknown} result
 */
function relabelChar(result) {
  const fields =
    typeof result === 'object' && result !== null && 'fields' in result ? result.fields : undefined;
  if (Array.isArray(fields)) {
    for (const field of /** @type {{ dataTypeID: number }[]} */ (fields)) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** @param {pg.PoolClient} client */
function relabelCharColumns(client) {
  const query = client.query.bind(client);
  Object.defineProperty(client, 'query', {
    configurable: true,
    /** @param {unknown[]} args */
    value: (...args) => {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (/** @type {unknown} */ error, /** @type {unknown} */ result) => {
          Reflect.apply(callback, undefined, [error, error ? result : relabelChar(result)]);
        };
        Reflect.apply(query, undefined, args);
        return undefined;
      }
      /** @type {unknown} */
      const pending = Reflect.apply(query, undefined, args);
      return pending instanceof Promise ? pending.then(relabelChar) : pending;
    },
  });
}

/**
 * @param {string} url
 * @param {string} [database] another database on the same server
 */
function pool(url, database) {
  const parsed = new URL(url);
  if (database) parsed.pathname = `/${encodeURIComponent(database)}`;
  const created = new pg.Pool({ connectionString: parsed.toString(), max: 4 });
  created.on('connect', relabelCharColumns);
  return created;
}

/** @param {string} url */
function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** @param {string} name */
const quoted = (name) => `"${name.replace(/"/g, '""')}"`;

/** @param {SqlDriverAdapter} adapter */
function patch(adapter) {
  createMigrationsTableOnFirstRead(adapter, POSTGRES_MIGRATIONS_TABLE);
  return adapter;
}

/**
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} fn
 */
async function withMaintenanceClient(url, fn) {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  const client = new pg.Client({ connectionString: parsed.toString() });
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw mapConnectError(error, url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * @param {unknown} error
 * @param {string} url
 */
function mapConnectError(error, url) {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === '3D000')
    return prismaError(
      'P1003',
      `Database \`${databaseName(url)}\` does not exist on the database server.`,
    );
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') {
    const { hostname, port } = new URL(url);
    return prismaError('P1001', `Can't reach database server at \`${hostname}:${port || '5432'}\``);
  }
  return error;
}

/**
 * @param {string} url
 * @param {string | undefined} shadowDatabaseUrl
 * @returns {AdapterFactory}
 */
export function postgresFactory(url, shadowDatabaseUrl) {
  const base = new PrismaPg(pool(url), { disposeExternalPool: true });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => patch(await base.connect()),
    // adapter-pg's own shadow database keeps the main database's connection string, so it
    // points at the main database: create and drop a scratch database here instead.
    connectToShadowDb: async () => {
      if (shadowDatabaseUrl)
        return patch(
          await new PrismaPg(pool(shadowDatabaseUrl), { disposeExternalPool: true }).connect(),
        );
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
      await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${quoted(name)}`));
      const shadow = await new PrismaPg(pool(url, name), { disposeExternalPool: true }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await withMaintenanceClient(url, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`),
        );
      };
      return patch(shadow);
    },
  };
}

/** @param {string} url */
export async function postgresCanConnect(url) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw mapConnectError(error, url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * @param {string} url
 * @returns {Promise<string>} the database name
 */
export async function postgresCreateDatabase(url) {
  const name = databaseName(url);
  await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${quoted(name)}`));
  return name;
}

/** @param {string} url */
export async function postgresDropDatabase(url) {
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoted(databaseName(url))} WITH (FORCE)`),
  );
}
