// Who may see and change what. Pure: every path to data (tRPC, share pages, artifact URLs,
// Socket.IO run events) asks these.

/**
 * Whose eyes a check is for: only who they are matters here, not how they signed in (a request's
 * `Actor` is one; so is the owner of a run the hub works for).
 */
export type Viewer =
  /** Accounts are off: the local user, who sees everything. */
  | { readonly kind: 'local' }
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'anonymous' };

/** The viewer a run's owner is when the hub acts for them (nobody for an ownerless run). */
export function viewerOfOwner(ownerId: string | null, accounts: boolean): Viewer {
  if (!accounts) return { kind: 'local' };
  return ownerId === null ? { kind: 'anonymous' } : { kind: 'user', userId: ownerId };
}

export interface OwnedWorkflow {
  readonly ownerId: string | null;
  readonly visibility: string;
  readonly deletedAt: Date | null;
}

export interface OwnedRun {
  readonly ownerId: string | null;
}

const owns = (viewer: Viewer, ownerId: string | null): boolean =>
  viewer.kind === 'local' ||
  (viewer.kind === 'user' && ownerId !== null && ownerId === viewer.userId);

/** Open, edit, run, version and delete: the owner only (everyone is the owner without accounts). */
export const canEditWorkflow = (viewer: Viewer, workflow: OwnedWorkflow): boolean =>
  owns(viewer, workflow.ownerId);

/** A shared (unlisted or public) workflow that is not in the trash: anyone with the link. */
export const isShared = (workflow: OwnedWorkflow): boolean =>
  workflow.deletedAt === null && workflow.visibility !== 'private';

/** See the workflow read-only (share pages, its latest outputs). */
export const canViewWorkflow = (viewer: Viewer, workflow: OwnedWorkflow): boolean =>
  canEditWorkflow(viewer, workflow) || isShared(workflow);

/**
 * A run, its events, plans and artifacts: its owner, or anyone when the run belongs to a shared
 * workflow (the share page shows its latest outputs).
 */
export const canViewRun = (
  viewer: Viewer,
  run: OwnedRun,
  workflow: OwnedWorkflow | null,
): boolean => owns(viewer, run.ownerId) || (workflow !== null && isShared(workflow));
