// Runs a child process with inherited output and turns a non-zero exit into an error.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/** @param {string} title */
export function step(title) {
  console.log(`\n\u25b6 ${title}`);
}

/**
 * Runs `command args` (in the repository root unless told otherwise); resolves on exit 0.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<void>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
