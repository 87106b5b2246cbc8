// A runner as a real child process (apps/runner's runner-child.ts under tsx).
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

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
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      for (const watch of [...watchers]) watch(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  function waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const seen = lines.find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(
          new Error(`${config.name}: no line matching ${String(pattern)}:\n${lines.join('\n')}`),
        );
      }, timeoutMs);
      const watch = (line: string): void => {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(line);
      };
      watchers.add(watch);
    });
  }
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
