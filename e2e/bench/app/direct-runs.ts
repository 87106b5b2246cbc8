// The app bench's baseline: packages/engine/bench/direct-worker.ts as a child process, one
// workflow run per request.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface TimedRun {
  /** Wall-clock of the whole run. */
  readonly ms: number;
  /** Node id → its wall-clock time. */
  readonly nodes: Readonly<Record<string, number>>;
}

export interface DirectRunner {
  /** Runs the workflow once in the worker; resolves with its times. */
  run(this: void): Promise<TimedRun>;
  stop(this: void): Promise<void>;
}

const engineDir = path.resolve(import.meta.dirname, '../../../packages/engine');

/** Starts the worker on `workflowFile` and waits until its models are loaded. */
export async function startDirectRunner(workflowFile: string): Promise<DirectRunner> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/direct-worker.ts', workflowFile],
    { cwd: engineDir, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextLine = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done === true) throw new Error('the direct worker exited');
    return line.value;
  };
  const first = await nextLine();
  if (first !== 'ready') throw new Error(`the direct worker said ${first}`);
  return {
    async run() {
      child.stdin.write('run\n');
      return JSON.parse(await nextLine()) as TimedRun;
    },
    async stop() {
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
