// Who may see and change what. Pure: every path to data (tRPC, share pages, artifact URLs,
// Socket.IO run events) asks these.
import type { Actor } from './actor.ts';

export interface OwnedWorkflow {
  readonly ownerId: string | null;
  readonly visibility: string;
  readonly deletedAt: Date | null;
}

export interface OwnedRun {
  readonly ownerId: string | null;
}

const owns = (actor: Actor, ownerId: string | null): boolean =>
  actor.kind === 'local' || (actor.kind === 'user' && ownerId !== null && ownerId === actor.userId);

/** Open, edit, run, version and delete: the owner only (everyone is the owner without accounts). */
export const canEditWorkflow = (actor: Actor, workflow: OwnedWorkflow): boolean =>
  owns(actor, workflow.ownerId);

/** A shared (unlisted or public) workflow that is not in the trash: anyone with the link. */
export const isShared = (workflow: OwnedWorkflow): boolean =>
  workflow.deletedAt === null && workflow.visibility !== 'private';

/** See the workflow read-only (share pages, its latest outputs). */
export const canViewWorkflow = (actor: Actor, workflow: OwnedWorkflow): boolean =>
  canEditWorkflow(actor, workflow) || isShared(workflow);

/**
 * A run, its events, plans and artifacts: its owner, or anyone when the run belongs to a shared
 * workflow (the share page shows its latest outputs).
 */
export const canViewRun = (actor: Actor, run: OwnedRun, workflow: OwnedWorkflow | null): boolean =>
  owns(actor, run.ownerId) || (workflow !== null && isShared(workflow));
