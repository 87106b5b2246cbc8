// Starts a throwaway Redis server from Debian's `redis-server`: 127.0.0.1 only, a free port, its
// own temporary folder, no RDB or AOF files. Stopped by its pid; the folder is deleted after.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RedisServer {
  /** redis://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** Kills the server (SIGKILL: nothing is saved) and deletes its folder. */
  stop(): Promise<void>;
}

/** `redis-server` on PATH or at Debian's place; throws saying how to install it otherwise. */
export function findRedisServer(): string {
  for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server'])
    if (existsSync(candidate)) return candidate;
  throw new Error(
    'redis-server was not found. Install it with `apt-get install redis-server` ' +
      '(the top-level `npm test` does this when run as root).',
  );
}

export function freePort(): Promise<number> {
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readPid(file: string, deadline: number): Promise<number> {
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0) return pid;
    }
    await sleep(20);
  }
  throw new Error(`redis-server wrote no pid file (${file})`);
}

/** Starts Redis on `port` (default: a free one) and waits until it answers PING. */
export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  const binary = findRedisServer();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-redis-'));
  const pidFile = path.join(dir, 'redis.pid');
  const port = options.port ?? (await freePort());
  try {
    await run(binary, [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--daemonize',
      'yes',
      '--pidfile',
      pidFile,
      '--logfile',
      path.join(dir, 'redis.log'),
    ]);
    const pid = await readPid(pidFile, Date.now() + 10_000);
    await waitForPing(port, Date.now() + 10_000);
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      stop: async () => {
        if (alive(pid)) process.kill(pid, 'SIGKILL');
        // Bounded: a killed daemon nobody reaps stays a zombie that still answers kill(pid, 0).
        for (let waited = 0; alive(pid) && waited < 5_000; waited += 10) await sleep(10);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function waitForPing(port: number, deadline: number): Promise<void> {
  const { Socket } = await import('node:net');
  while (Date.now() < deadline) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('error', () => resolve(false));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    });
    if (answered) return;
    await sleep(20);
  }
  throw new Error(`redis-server on port ${port} did not answer PING`);
}
