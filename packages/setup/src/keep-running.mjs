// A child process kept running: when it exits without being asked to, it is started again after
// a backoff (1 s, 2 s, 4 s … up to a cap; back to 1 s once it has stayed up a while), each exit
// and restart logged and reported, so that `npm start` survives a crashed local runner.

/**
 * @typedef {object} ExitRecord
 * @property {number | null} code
 * @property {string | null} signal
 * @property {string} at ISO time of the exit
 */

/**
 * @typedef {object} RestartStatus
 * @property {string} name
 * @property {number} restarts times it was started again after exiting
 * @property {ExitRecord | null} lastExit
 * @property {number | null} pid of the running child; null while it waits to be started again
 */

/**
 * @typedef {object} KeepRunningOptions
 * @property {string} name how the log calls it ("the local runner")
 * @property {() => import('node:child_process').ChildProcess} start spawns it once
 * @property {(line: string) => void} [log]
 * @property {(status: RestartStatus) => void} [onStatus] after every start and exit
 * @property {number} [initialDelayMs] first backoff (default 1000)
 * @property {number} [maxDelayMs] longest backoff (default 30000)
 * @property {number} [stableMs] uptime after which the backoff starts over (default 60000)
 */

/**
 * The delay before restart number `restart` (1-based): `initial`, doubled each time, capped.
 * @param {number} restart
 * @param {number} initial
 * @param {number} max
 */
export function backoffDelay(restart, initial, max) {
  return Math.min(max, initial * 2 ** Math.max(0, restart - 1));
}

/**
 * Starts the child and keeps it running until `stop()`.
 * @param {KeepRunningOptions} options
 */
export function keepRunning(options) {
  const initial = options.initialDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  const stableMs = options.stableMs ?? 60_000;
  const log = options.log ?? ((line) => console.log(line));
  /** @type {RestartStatus} */
  const status = { name: options.name, restarts: 0, lastExit: null, pid: null };
  let stopped = false;
  let failuresInARow = 0;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;

  const report = () => options.onStatus?.({ ...status });

  function launch() {
    const startedAt = Date.now();
    child = options.start();
    status.pid = child.pid ?? null;
    report();
    child.on('exit', (code, signal) => {
      status.pid = null;
      status.lastExit = { code, signal, at: new Date().toISOString() };
      report();
      if (stopped) return;
      failuresInARow = Date.now() - startedAt >= stableMs ? 1 : failuresInARow + 1;
      const delay = backoffDelay(failuresInARow, initial, max);
      const how = signal ? `signal ${signal}` : `code ${code}`;
      log(
        `${options.name} exited (${how}); starting it again in ${delay / 1000} s (the server keeps serving)`,
      );
      timer = setTimeout(() => {
        if (stopped) return;
        status.restarts += 1;
        launch();
      }, delay);
    });
  }

  launch();
  return {
    /** The child running now (undefined while it waits to be started again). */
    current: () => (status.pid === null ? undefined : child),
    status: () => ({ ...status }),
    /** Stops restarting it and sends it SIGTERM. */
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
