// Whether an actor may see a run and what hangs off it (events, plans, artifacts): asks the
// policy with the run's owner and its workflow's sharing state.
import type { Database, RunId } from '@tessera/db';
import type { ArtifactAccess } from '@tessera/hub';
import { type Actor, actorOfOwner } from './actor.ts';
import { canViewRun } from './policy.ts';

export async function mayViewRun(database: Database, actor: Actor, runId: RunId) {
  if (actor.kind === 'local') return true;
  const run = await database.prisma.run.findUnique({
    where: { id: runId },
    select: {
      ownerId: true,
      workflow: { select: { ownerId: true, visibility: true, deletedAt: true } },
    },
  });
  return run !== null && canViewRun(actor, run, run.workflow);
}

/** For plan.load: the owner of the run that reads a stored plan must be allowed to see it. */
export const artifactAccessFor =
  (database: Database, accounts: boolean): ArtifactAccess =>
  (artifactRunId, run) =>
    mayViewRun(database, actorOfOwner(run.ownerId, accounts), artifactRunId);
