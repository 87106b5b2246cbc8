// A runner as a real child process (apps/runner's runner-child.ts under tsx).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { watchLines } from './child-lines.ts';

const runnerApp = path.resolve(import.meta.dirname, '../../../../apps/runner');
const childScript = path.join(runnerApp, 'src/runner/testing/runner-child.ts');

export interface RunnerChildConfig {
  readonly hubUrl: string;
  readonly token: string;
  readonly name: string;
  readonly nodes?: readonly string[];
  readonly modelDir: string;
  readonly outputDir: string;
  readonly graceMs?: number;
  /** Print `token <index> <wall-clock ms>` as each plan token is sent (latency benches). */
  readonly timeTokens?: boolean;
}

export interface RunnerProcess {
  readonly child: ChildProcess;
  /** Every stdout/stderr line so far. */
  readonly lines: string[];
  /** Resolves on `ready`; rejects with the refusal or when the process exits first. */
  readonly ready: Promise<void>;
  readonly exited: Promise<number | null>;
  /** Resolves with the first line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

export function spawnRunner(config: RunnerChildConfig): RunnerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(config)], {
    cwd: runnerApp,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { lines, waitFor } = watchLines(child, config.name);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const ready = Promise.race([
    // Model sessions are created before the runner connects: seconds on a busy machine.
    waitFor(/^(ready|refused: .*)$/, 90_000).then((line) => {
      if (line !== 'ready') throw new Error(line);
    }),
    exited.then((code) => {
      throw new Error(`${config.name} exited with ${code}:\n${lines.join('\n')}`);
    }),
  ]);
  ready.catch(() => undefined);
  return { child, lines, ready, exited, waitFor };
}
