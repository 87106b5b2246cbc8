// Runs the real `tessera` bin in a child process, as a user would.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../../bin/tessera.mjs');

export interface CliOutcome {
  /** Exit status (null when killed by a signal). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  readonly cwd?: string;
  /** Added to the environment (which has no INIT_CWD or npm script name of its own). */
  readonly env?: Readonly<Record<string, string>>;
  /** Called with each complete line of stdout as it arrives. */
  readonly onLine?: (line: string, child: ChildProcess) => void;
}

function cleanEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const key of ['INIT_CWD', 'npm_lifecycle_event'] as const) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

/** `node bin/tessera.mjs …args`, resolved when the process exits. */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<CliOutcome> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? resolve(import.meta.dirname, '../../..'),
    env: cleanEnv(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line, child);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
