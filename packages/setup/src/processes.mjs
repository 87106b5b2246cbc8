// The long-running processes `npm start` supervises: started, stopped together, never orphaned.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];

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

function stopAll() {
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
