// SQLite behind the wasm engine, with the fixes the engine needs from better-sqlite3.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { prismaError } from './log.mjs';
import { SQLITE_MIGRATIONS_TABLE, createMigrationsTableOnFirstRead } from './migrations-table.mjs';

/** @typedef {import('@prisma/driver-adapter-utils').SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import('@prisma/driver-adapter-utils').SqlMigrationAwareDriverAdapterFactory} AdapterFactory */

/**
 * `file:./dev.db` → an absolute path, relative to the working directory.
 * @param {string} url
 */
export function sqlitePath(url) {
  const raw = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return raw === ':memory:' ? raw : path.resolve(raw);
}

/**
 * The shadow database replays whole migration files through executeRaw, which better-sqlite3
 * refuses ("more than one statement"): run those through `exec` instead.
 * @param {SqlDriverAdapter} adapter
 */
function acceptScriptsInExecuteRaw(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/.test(String(error))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
}

/** @param {SqlDriverAdapter} adapter */
function patch(adapter) {
  acceptScriptsInExecuteRaw(adapter);
  createMigrationsTableOnFirstRead(adapter, SQLITE_MIGRATIONS_TABLE);
  return adapter;
}

/**
 * @param {string | undefined} url
 * @param {string | undefined} shadowDatabaseUrl
 * @returns {AdapterFactory}
 */
export function sqliteFactory(url, shadowDatabaseUrl) {
  const file = sqlitePath(url ?? 'file::memory:');
  const options = shadowDatabaseUrl ? { shadowDatabaseUrl: sqlitePath(shadowDatabaseUrl) } : {};
  const base = new PrismaBetterSqlite3({ url: file }, options);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      // Opening creates the file, as the native engine does; create its folder too.
      if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
      return patch(await base.connect());
    },
    connectToShadowDb: async () => patch(await base.connectToShadowDb()),
  };
}

/**
 * `reset` in the wasm engine leaves SQLite untouched: drop every object by hand.
 * @param {SqlDriverAdapter} adapter
 */
export async function resetSqlite(adapter) {
  const result = await adapter.queryRaw({
    sql: "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('view', 'table', 'trigger')",
    args: [],
    argTypes: [],
  });
  const drops = result.rows.map(
    ([type, name]) =>
      `DROP ${String(type).toUpperCase()} IF EXISTS "${String(name).replace(/"/g, '""')}";`,
  );
  await adapter.executeScript(
    `PRAGMA foreign_keys = OFF;\n${drops.join('\n')}\nPRAGMA foreign_keys = ON;\nVACUUM;`,
  );
}

/** @param {string} url */
export function sqliteCanConnect(url) {
  const file = sqlitePath(url);
  if (file !== ':memory:' && !existsSync(file)) {
    throw prismaError(
      'P1003',
      `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`,
    );
  }
}

/**
 * @param {string} url
 * @returns {Promise<string>} the database name
 */
export async function sqliteCreateDatabase(url) {
  const adapter = await sqliteFactory(url, undefined).connect();
  await adapter.dispose();
  return path.basename(sqlitePath(url));
}

/** @param {string} url */
export function sqliteDropDatabase(url) {
  rmSync(sqlitePath(url), { force: true });
}
