// A cluster server as a child process (cluster-hub-child.ts under tsx), to be killed for real.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { ClusterHubOptions } from './cluster-hub.ts';

const childScript = path.join(import.meta.dirname, 'cluster-hub-child.ts');

export interface ClusterHubProcess {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Its URL, once it is ready; rejects when it exits first. */
  readonly url: Promise<string>;
  readonly exited: Promise<number | null>;
}

export function spawnClusterHub(options: ClusterHubOptions): ClusterHubProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(options)], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let onReady: (url: string) => void = () => undefined;
  const ready = new Promise<string>((resolve) => (onReady = resolve));
  const onData = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      const match = /^ready (\S+)$/.exec(line);
      if (match?.[1]) onReady(match[1]);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = Promise.race([
    ready,
    exited.then((code): string => {
      throw new Error(`${options.name} exited with ${code}:\n${lines.join('\n')}`);
    }),
  ]);
  url.catch(() => undefined);
  return { child, lines, url, exited };
}
