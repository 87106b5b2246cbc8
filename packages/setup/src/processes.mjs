// The long-running processes `npm start` supervises: started, stopped together, never orphaned.
// The web server's exit ends everything; a runner's exit does not: it is started again.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keepRunning } from './keep-running.mjs';
import { repoRoot } from './paths.mjs';

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
/** @type {{ stop(): void }[]} */
const kept = [];

/**
 * Starts a long-running child with inherited output. When any child exits, the others are
 * stopped and this process exits with its code.
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
export function supervise(command, args, env) {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    stopAll();
    process.exit(code ?? (signal ? 1 : 0));
  });
  return child;
}

/**
 * Starts a long-running child with inherited output and keeps it running: when it exits, it is
 * started again with backoff (see keep-running.mjs) while the other processes keep serving. Its
 * restarts and last exit are written to `statusFile` (JSON, replaced atomically), where the web
 * server's `/api/health` reads them.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {string} statusFile
 */
export function superviseRestarting(name, command, args, env, statusFile) {
  mkdirSync(path.dirname(statusFile), { recursive: true });
  const keeper = keepRunning({
    name,
    start: () =>
      spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: 'inherit' }),
    onStatus: (status) => {
      const temp = `${statusFile}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(status)}\n`);
      renameSync(temp, statusFile);
    },
  });
  kept.push(keeper);
  return keeper;
}

function stopAll() {
  for (const keeper of kept) keeper.stop();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    stopAll();
    setTimeout(() => process.exit(0), 15_000).unref();
  });
}

/**
 * Resolves once `url` answers (any HTTP status), polling every 500 ms, for at most `timeoutMs`.
 * @param {string} url
 * @param {number} timeoutMs
 */
export async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}
