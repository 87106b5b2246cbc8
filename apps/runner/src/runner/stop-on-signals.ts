import type { RunningRunner } from './start-runner.ts';

/**
 * On SIGTERM or SIGINT: finish the current job within `graceMs` or hand it back, disconnect,
 * then exit.
 */
export function stopOnSignals(runner: RunningRunner, options: { graceMs?: number } = {}): void {
  const stop = (signal: string): void => {
    console.log(`runner ${runner.name}: ${signal}, shutting down`);
    runner
      .shutdown(options)
      .then((outcome) => {
        console.log(`runner ${runner.name}: stopped (${outcome})`);
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
