// The output lines of a child process, and a way to wait for one.
import type { ChildProcess } from 'node:child_process';

export interface ChildLines {
  /** Every stdout/stderr line so far. */
  readonly lines: string[];
  /** Resolves with the first line matching `pattern` (one seen already included). */
  readonly waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
}

export function watchLines(child: ChildProcess, name: string): ChildLines {
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      for (const watch of [...watchers]) watch(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  function waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const seen = lines.find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(new Error(`${name}: no line matching ${String(pattern)}:\n${lines.join('\n')}`));
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
  return { lines, waitFor };
}
