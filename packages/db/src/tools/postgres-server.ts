// Starts a throwaway PostgreSQL server from Debian's binaries: its own data folder under the
// system temp folder, 127.0.0.1 only, a free port, trust authentication. Used by the tests'
// global setup and by `migrate:dev` (which needs a PostgreSQL shadow database for the diff).
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresServer {
  /** postgresql:// URL of the `postgres` database, superuser `postgres`. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The folder holding initdb/pg_ctl: $PG_BIN_DIR, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.PG_BIN_DIR ? [env.PG_BIN_DIR] : debianBinDirs();
  const found = candidates.find(
    (dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')),
  );
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin. ' +
        'Install them with `apt-get install postgresql` (the top-level `npm test` does this), ' +
        'or set PG_BIN_DIR to the folder that holds them.',
    );
  }
  return found;
}

function debianBinDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBinDir();
  const root = mkdtempSync(path.join(os.tmpdir(), 'tessera-pg-'));
  const dataDir = path.join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: hand the folder to the postgres user and run as it.
  const exec = (cmd: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args])
      : run(path.join(bin, cmd), args);
  try {
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(root, Number(stdout.trim()), Number(gid.trim()));
    }
    await exec('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    let port = 0;
    for (let attempt = 0; ; attempt++) {
      port = await freePort();
      const options = [
        `-c listen_addresses=127.0.0.1`,
        `-p ${port}`,
        `-k ${root}`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
      ].join(' ');
      try {
        await exec('pg_ctl', [
          '-D',
          dataDir,
          '-o',
          options,
          '-l',
          path.join(root, 'server.log'),
          '-w',
          '-t',
          '60',
          'start',
        ]);
        break;
      } catch (error) {
        if (attempt >= 2) throw error; // the port may have been taken in between: try another
      }
    }
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      port,
      stop: async () => {
        try {
          await exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
