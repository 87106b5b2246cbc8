// Whether a viewer may see a run and what hangs off it (events, plans, artifacts): asks the
// policy with the run's owner and its workflow's sharing state.
import type { ArtifactRecord, Database, RunId } from '@tessera/db';
import type { ArtifactAccess } from '@tessera/hub';
import { type Viewer, canViewRun, viewerOfOwner } from './policy.ts';

/** Runs that took one artifact from the cache, looked at when deciding who may see it. */
const CACHED_USES_CHECKED = 50;

/** What a viewer is told about a run that does not exist or that they may not see: the same. */
export const noRunMessage = (runId: string): string => `There is no run with id ${runId}.`;

export async function mayViewRun(database: Database, viewer: Viewer, runId: RunId) {
  if (viewer.kind === 'local') return true;
  const run = await database.prisma.run.findUnique({
    where: { id: runId },
    select: {
      ownerId: true,
      workflow: { select: { ownerId: true, visibility: true, deletedAt: true } },
    },
  });
  return run !== null && canViewRun(viewer, run, run.workflow);
}

/**
 * Whether the run exists and the viewer may see it: what a subscription to its events needs.
 * (mayViewRun lets the local user through without a lookup: everything there is theirs.)
 */
export async function mayWatchRun(database: Database, viewer: Viewer, runId: RunId) {
  if (viewer.kind !== 'local') return mayViewRun(database, viewer, runId);
  const run = await database.prisma.run.findUnique({ where: { id: runId }, select: { id: true } });
  return run !== null;
}

/**
 * An artifact: visible with the run that made it, or with a run that took it from the node output
 * cache (a shared workflow's latest run may show outputs an earlier run of the same owner made;
 * cache keys are scoped to one owner, so those runs are all theirs).
 */
export async function mayViewArtifact(
  database: Database,
  viewer: Viewer,
  artifact: Pick<ArtifactRecord, 'runId' | 'cacheKey'>,
): Promise<boolean> {
  if (await mayViewRun(database, viewer, artifact.runId)) return true;
  if (artifact.cacheKey === null) return false;
  const uses = await database.prisma.runNode.findMany({
    where: { cacheKey: artifact.cacheKey, cached: true },
    select: {
      run: {
        select: {
          ownerId: true,
          workflow: { select: { ownerId: true, visibility: true, deletedAt: true } },
        },
      },
    },
    orderBy: { startedAt: 'desc' },
    take: CACHED_USES_CHECKED,
  });
  return uses.some(({ run }) => canViewRun(viewer, run, run.workflow));
}

/**
 * For plan.load: the owner of the run that reads a stored plan must be allowed to see it, exactly
 * as they could download it.
 */
export const artifactAccessFor =
  (database: Database, accounts: boolean): ArtifactAccess =>
  (artifact, run) =>
    mayViewArtifact(database, viewerOfOwner(run.ownerId, accounts), artifact);
