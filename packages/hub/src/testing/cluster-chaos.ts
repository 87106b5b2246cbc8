// Runs queued across the cluster while its parts die: server B is killed with -9 and started
// again once (the runs it drove move to A), and, if asked, a runner is killed with -9 and started
// again every few seconds, one at a time: a GPU worker crashing and coming back, while the others
// carry on (killing the next one before the last is back would leave no runner on two busy cores,
// where starting one, models and warm-up included, takes longer than the kill interval).
// Used by the soak test and `pnpm bench:cluster`.
import type { ClusterStack } from './cluster-stack.ts';
import type { RunLedger } from './run-ledger.ts';
import { posterWorkflow } from './workflows.ts';

export interface ChaosOptions {
  /** Runs queued at once through server A. */
  readonly runs: number;
  /**
   * Kill a runner (in turn) this often while runs are open, each once the one killed before it
   * is connected again (so that one runner at most is down); none when undefined.
   */
  readonly killRunnerEveryMs?: number;
  /** How long after queuing server B is killed (default 4 s). */
  readonly killServerAfterMs?: number;
  /** How long to wait for the runs before leaving them (they count as lost). */
  readonly deadlineMs: number;
  /** Decoder steps of the poster each run renders (default 2: short runs). */
  readonly steps?: number;
}

/** The longest a restarted runner is waited for before the next one is killed anyway. */
const RESTART_WAIT_MS = 60_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const within = (ended: Promise<void>, ms: number): Promise<void> =>
  Promise.race([ended, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

/** Queues the runs, kills and restarts as told, and answers the ids once every run has ended. */
export async function runThroughChaos(
  stack: ClusterStack,
  ledger: RunLedger,
  options: ChaosOptions,
): Promise<string[]> {
  const document = posterWorkflow(options.steps ?? 2);
  const runs = await Promise.all(
    Array.from({ length: options.runs }, async () => {
      const at = performance.now();
      const run = await stack.a.hub.enqueue({ document });
      return { id: run.id, ended: ledger.queued(run.id, at) };
    }),
  );
  const began = performance.now();
  let open = runs.length;
  const allEnded = Promise.all(
    runs.map((run) => within(run.ended, options.deadlineMs).then(() => void (open -= 1))),
  );
  await Promise.race([allEnded, sleep(options.killServerAfterMs ?? 4_000)]);
  await stack.killB();
  await sleep(1_000);
  await stack.restartB();
  const every = options.killRunnerEveryMs;
  for (let turn = 0; every !== undefined && open > 0; turn++) {
    await Promise.race([allEnded, sleep(every)]);
    if (open === 0 || performance.now() - began > options.deadlineMs) break;
    const victim = stack.runners[turn % stack.runners.length];
    if (!victim) continue;
    const { ready } = await stack.restartRunner(victim.name);
    await Promise.race([allEnded, ready.catch(() => undefined), sleep(RESTART_WAIT_MS)]);
  }
  await allEnded;
  return runs.map((run) => run.id);
}
