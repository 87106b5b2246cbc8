// The stack the browser tests (and the editor bench) run against: the real web server on a
// private port and data folder, plus one real runner with the bundled model. Plain Node, no
// dependencies. Prints READY_LINE once the runner is connected, forwards SIGINT/SIGTERM to both
// processes and exits when they have stopped; if either exits on its own, the other is stopped.
//
//   node e2e/support/start-stack.mjs          (reads PORT, TESSERA_DATA_DIR, TESSERA_RUNNER_TOKEN)
//   TESSERA_E2E_NO_RUNNER=1 node e2e/support/start-stack.mjs   (the server alone)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const READY_LINE = 'tessera e2e stack ready';
export const RUNNER_NAME = 'e2e-local';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * @typedef {object} StackOptions
 * @property {number} port
 * @property {string} dataDir  relative to the repository, or absolute; emptied first
 * @property {string} runnerToken
 * @property {boolean} [runner]  start the local runner too (default true)
 * @property {'inherit' | 'stderr' | 'ignore'} [output]  the children's output (default inherit)
 * @property {Record<string, string>} [env]  more environment for both (e.g. TESSERA_ACCOUNTS)
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The server's health, or undefined while it does not answer.
 * @param {string} url
 * @returns {Promise<{ runners?: { names?: string[] } } | undefined>}
 */
async function health(url) {
  try {
    const response = await fetch(`${url}/api/health`);
    if (!response.ok) return undefined;
    /** @type {unknown} */
    const body = await response.json();
    return typeof body === 'object' && body !== null ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Polls until `ready(health)` holds, failing after `timeoutMs` or when `exited()` says a child died.
 * @param {string} url
 * @param {(h: { runners?: { names?: string[] } }) => boolean} ready
 * @param {number} timeoutMs
 * @param {() => string | undefined} exited
 * @param {string} what
 */
async function waitFor(url, ready, timeoutMs, exited, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = exited();
    if (dead !== undefined) throw new Error(`${dead} exited while waiting for ${what}`);
    const h = await health(url);
    if (h && ready(h)) return;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`);
}

/**
 * Starts the server (and the runner); resolves once usable.
 * @param {StackOptions} options
 * @returns {Promise<{ url: string, stop: () => Promise<void>, exited: Promise<number> }>}
 */
export async function startStack(options) {
  const url = `http://127.0.0.1:${options.port}`;
  const dataDir = path.resolve(repoRoot, options.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    TESSERA_DATA_DIR: dataDir,
    TESSERA_RUNNER_TOKEN: options.runnerToken,
    NEXT_TELEMETRY_DISABLED: '1',
    // Stacks run side by side: no ComfyUI-compatible API on the shared 8188 unless asked for.
    TESSERA_COMFY_PORT: '0',
    ...options.env,
  };
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = options.output === 'stderr' ? ['ignore', 2, 2] : (options.output ?? 'inherit');
  /** @type {Map<string, import('node:child_process').ChildProcess>} */
  const children = new Map();
  /** @type {string | undefined} */
  let firstExit;
  let firstCode = 0;
  let stopping = false;
  /** @type {(code: number) => void} */
  let settle = () => undefined;
  /** @type {Promise<number>} */
  const exited = new Promise((resolve) => (settle = resolve));

  /** @param {string} name @param {string[]} args */
  const start = (name, args) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio });
    children.set(name, child);
    child.on('exit', (code, signal) => {
      if (firstExit === undefined) {
        // The first to exit decides the status: a crash stays a failure after the others stop.
        firstExit = `${name} (${signal ?? `exit ${String(code)}`})`;
        firstCode = stopping ? 0 : (code ?? 1);
      }
      stopAll();
      if ([...children.values()].every((c) => c.exitCode !== null || c.signalCode !== null))
        settle(firstCode);
    });
  };
  const stopAll = () => {
    for (const child of children.values())
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  const stop = async () => {
    stopping = true;
    stopAll();
    const force = setTimeout(() => {
      for (const child of children.values())
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, 15_000);
    await exited;
    clearTimeout(force);
  };

  try {
    start('server', [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      'apps/web/src/server/main.ts',
    ]);
    await waitFor(
      url,
      () => true,
      120_000,
      () => firstExit,
      'the server',
    );
    if (options.runner !== false) {
      start('runner', [
        'apps/runner/bin/tessera.mjs',
        'runner',
        '--hub',
        url,
        '--token',
        options.runnerToken,
        '--name',
        RUNNER_NAME,
        '--out',
        path.join(dataDir, 'outputs'),
      ]);
      await waitFor(
        url,
        (h) => h.runners?.names?.includes(RUNNER_NAME) === true,
        60_000,
        () => firstExit,
        `the runner ${RUNNER_NAME}`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, exited };
}

// As a program (Playwright's webServer command).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3210);
  const stack = await startStack({
    port,
    dataDir: process.env.TESSERA_DATA_DIR ?? 'data/e2e',
    runnerToken: process.env.TESSERA_RUNNER_TOKEN ?? 'e2e-runner-token',
    runner: process.env.TESSERA_E2E_NO_RUNNER !== '1',
  }).catch((/** @type {unknown} */ error) => {
    console.error(`start-stack: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  console.log(`${READY_LINE} at ${stack.url}`);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
    process.on(signal, () => void stack.stop());
  process.exit(await stack.exited);
}
