// Which database the engine talks to, from the CLI's `--datasource` JSON or the schema files.
import { readFileSync } from 'node:fs';
import { prismaError } from './log.mjs';
import {
  postgresCanConnect,
  postgresCreateDatabase,
  postgresDropDatabase,
  postgresFactory,
} from './postgres.mjs';
import {
  sqliteCanConnect,
  sqliteCreateDatabase,
  sqliteDropDatabase,
  sqliteFactory,
} from './sqlite.mjs';

/** @typedef {'sqlite' | 'postgres'} Provider */
/** @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource */
/** @typedef {[path: string, content: string]} Datamodel */

/**
 * @param {string | undefined} url
 * @param {readonly Datamodel[]} datamodels
 * @returns {Provider}
 */
export function providerOf(url, datamodels) {
  if (url) {
    if (url.startsWith('file:')) return 'sqlite';
    if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
    throw prismaError(
      'P1013',
      `Unsupported datasource URL \`${url.split(':')[0] ?? ''}:…\`: use file: (SQLite) or postgresql://`,
    );
  }
  for (const [, content] of datamodels) {
    const provider = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(content)?.[1];
    if (provider === 'sqlite') return 'sqlite';
    if (provider === 'postgresql' || provider === 'postgres') return 'postgres';
  }
  return 'sqlite';
}

/**
 * @param {readonly string[]} paths
 * @returns {Datamodel[]}
 */
export function readDatamodels(paths) {
  return paths.map((file) => [file, readFileSync(file, 'utf8')]);
}

/**
 * Commands such as `migrate diff` start the engine without a schema, and the wasm engine
 * panics without one: hand it a bare datasource block for the provider.
 * @param {readonly Datamodel[]} datamodels
 * @param {Provider} provider
 * @returns {Datamodel[]}
 */
export function withFallbackDatamodel(datamodels, provider) {
  if (datamodels.length > 0) return [...datamodels];
  const name = provider === 'sqlite' ? 'sqlite' : 'postgresql';
  return [['schema.prisma', `datasource db {\n  provider = "${name}"\n}\n`]];
}

/**
 * A driver-adapter factory; without a PostgreSQL URL, connecting fails with a clear message.
 * @param {Provider} provider
 * @param {Datasource | undefined} datasource
 * @returns {import('@prisma/driver-adapter-utils').SqlMigrationAwareDriverAdapterFactory}
 */
export function adapterFactory(provider, datasource) {
  const url = datasource?.url;
  if (provider === 'sqlite') return sqliteFactory(url, datasource?.shadowDatabaseUrl);
  if (url) return postgresFactory(url, datasource?.shadowDatabaseUrl);
  const missing = () =>
    Promise.reject(
      prismaError(
        'P1012',
        'No datasource URL: set DATABASE_URL (see packages/db/prisma.postgresql.config.ts).',
      ),
    );
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: missing,
    connectToShadowDb: missing,
  };
}

/**
 * The `cli <command>` mode and the createDatabase request.
 * @param {'can-connect-to-database' | 'create-database' | 'drop-database'} command
 * @param {string} url
 * @returns {Promise<string | undefined>} the database name, for create-database
 */
export async function databaseCommand(command, url) {
  const sqlite = providerOf(url, []) === 'sqlite';
  switch (command) {
    case 'can-connect-to-database':
      if (sqlite) sqliteCanConnect(url);
      else await postgresCanConnect(url);
      return undefined;
    case 'create-database':
      return sqlite ? sqliteCreateDatabase(url) : postgresCreateDatabase(url);
    case 'drop-database':
      if (sqlite) sqliteDropDatabase(url);
      else await postgresDropDatabase(url);
      return undefined;
  }
}
