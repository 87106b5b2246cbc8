// A started hub with a real runner process (the bundled model) for end-to-end tests of the
// routers: Socket.IO on 127.0.0.1 (a free port), the tRPC context of `openTestContext` with this
// hub in it. The node output cache is off unless asked for, so every run really executes.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Server } from 'socket.io';
import { HUB_SOCKET_OPTIONS, type ParamResolver, RunnerRegistry, createHub } from '@tessera/hub';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import type { TrpcContext } from '../trpc/context.ts';
import { openTestContext, repoModelsDir } from '../trpc/test-context.ts';

const runnerBin = path.resolve(import.meta.dirname, '../../../../runner/bin/tessera.mjs');
const TOKEN = 'live-hub-token';

export interface LiveHub {
  readonly context: TrpcContext;
  /** The runner's output so far (for failure messages). */
  readonly runnerLines: readonly string[];
  close(): Promise<void>;
}

async function waitUntil(what: string, ready: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface LiveHubOptions {
  readonly cacheBytes?: number;
  /** The params resolver the web server gives its hub (none by default). */
  readonly resolveParams?: (dataDir: string) => ParamResolver;
}

export async function startLiveHub(options: LiveHubOptions = {}): Promise<LiveHub> {
  const base = await openTestContext();
  const registry = new RunnerRegistry();
  const hub = createHub({
    database: base.context.database,
    catalogue: createNodeCatalogue(),
    dataDir: base.context.dataDir,
    runnerToken: TOKEN,
    registry,
    cacheBytes: options.cacheBytes ?? 0,
    placementTimeoutMs: 30_000,
    ...(options.resolveParams
      ? { resolveParams: options.resolveParams(base.context.dataDir) }
      : {}),
  });
  const http = createServer();
  const io = new Server(http, { ...HUB_SOCKET_OPTIONS, serveClient: false });
  hub.attach(io);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  await hub.start();

  const lines: string[] = [];
  const runner: ChildProcess = spawn(
    process.execPath,
    [
      runnerBin,
      'runner',
      ...['--hub', `http://127.0.0.1:${port}`, '--token', TOKEN, '--name', 'live'],
      ...['--models', path.join(repoModelsDir, 'tessera-tiny')],
      ...['--out', path.join(base.context.dataDir, 'outputs')],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  };
  runner.stdout?.on('data', collect);
  runner.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => runner.once('exit', () => resolve()));

  const close = async (): Promise<void> => {
    runner.kill('SIGTERM');
    await exited;
    await hub.stop();
    await io.close();
    await base.close();
  };
  try {
    await waitUntil(
      `the runner connecting (${lines.join(' | ')})`,
      () => registry.size > 0 || runner.exitCode !== null,
      60_000,
    );
    if (registry.size === 0) throw new Error(`the runner exited: ${lines.join('\n')}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { context: { ...base.context, hub, runners: registry }, runnerLines: lines, close };
}
