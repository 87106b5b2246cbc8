import type { CliEnv } from '../env.ts';
import type { CliIo, Output } from './io.ts';
import { defaultOutDir } from './paths.ts';

/** Exit status of a second Ctrl+C, which quits without waiting for the run to stop. */
const INTERRUPTED = 130;

function output(stream: NodeJS.WriteStream, env: CliEnv): Output {
  return {
    write: (text) => void stream.write(text),
    isTTY: stream.isTTY === true,
    get columns() {
      return stream.columns;
    },
    color: stream.isTTY === true && !env.noColor,
  };
}

/** The real process as a `CliIo`: its streams, its working directory, its SIGINT. */
export function processIo(env: CliEnv): CliIo {
  return {
    stdout: output(process.stdout, env),
    stderr: output(process.stderr, env),
    cwd: env.invokedFrom ?? process.cwd(),
    defaultOutDir: defaultOutDir(env.dataDir),
    ...(env.runnerToken === undefined ? {} : { runnerToken: env.runnerToken }),
    onInterrupt(listener) {
      let interrupted = false;
      const handler = () => {
        if (interrupted) process.exit(INTERRUPTED);
        interrupted = true;
        listener();
      };
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}
