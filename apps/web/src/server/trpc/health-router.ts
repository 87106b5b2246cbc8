import { type LocalRunnerStatus, readLocalRunnerStatus } from '../local-runner-status.ts';
import { type ClusterHealth, clusterHealth } from './cluster-health.ts';
import { publicProcedure, router } from './init.ts';

export interface ServerHealth {
  readonly ok: boolean;
  readonly version: string;
  readonly uptimeSeconds: number;
  readonly database: {
    readonly provider: string;
    readonly reachable: boolean;
    readonly migrationsApplied: number;
    readonly migrationsPending: string[];
    readonly error: string | null;
  };
  readonly runners: { readonly connected: number; readonly names: string[] };
  /**
   * The runner `npm start` keeps running: how often it was restarted after exiting, its last
   * exit, whether it is up; null when this server was not started by `npm start`.
   */
  readonly localRunner: LocalRunnerStatus | null;
  /** Cluster mode (REDIS_URL): Redis, queue depth, servers and their runners; else null. */
  readonly cluster: ClusterHealth | null;
}

export const healthRouter = router({
  /** Database reachable, migrations applied, runners connected; in a cluster, Redis too. */
  get: publicProcedure.query(async ({ ctx }): Promise<ServerHealth> => {
    const db = await ctx.database.health();
    const runners = ctx.runners.list();
    const cluster = await clusterHealth(ctx.hub);
    return {
      ok:
        db.reachable &&
        db.migrations.pending.length === 0 &&
        (cluster === null || cluster.redis.reachable),
      version: ctx.version,
      uptimeSeconds: Math.round((Date.now() - ctx.startedAt.getTime()) / 1000),
      database: {
        provider: db.provider,
        reachable: db.reachable,
        migrationsApplied: db.migrations.applied.length,
        migrationsPending: [...db.migrations.pending],
        error: db.error ?? null,
      },
      runners: { connected: runners.length, names: runners.map((r) => r.name) },
      localRunner: await readLocalRunnerStatus(ctx.dataDir),
      cluster,
    };
  }),
});
