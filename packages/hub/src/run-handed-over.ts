/**
 * Why a run's execution was aborted when this server is no longer the one driving it (in a
 * cluster, its BullMQ lock was lost, so another server may have taken the run): the executor
 * stops without touching the run's stored status, which the new driver owns.
 */
export class RunHandedOver extends Error {
  override readonly name = 'RunHandedOver';
  constructor(runId: string) {
    super(`run ${runId}: this server lost its lock on the run; another server continues it`);
  }
}
