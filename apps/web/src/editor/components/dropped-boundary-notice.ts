// What the editor says when an edit inside a component took some of its ports or shown params
// with it (see `pruneBrokenBoundaries`): which ones, of which component, and why.
import type { DroppedBoundaryEntry, WorkflowDocument } from '@tessera/graph';

/** Entries named one by one; the rest are counted. */
const LISTED = 3;

const what: Record<DroppedBoundaryEntry['kind'], string> = {
  input: 'input port',
  output: 'output port',
  param: 'param',
};

/** Why `entry` went: its inner node was deleted, or the inner component node lost the port. */
function reason(entry: DroppedBoundaryEntry): string {
  return entry.cause === 'port'
    ? `its inner component node "${entry.node}" no longer has "${entry.port}"`
    : `its inner node "${entry.node}" was deleted`;
}

/**
 * One line per dropped entry (at most three, then how many more), e.g. `Removed output port
 * "plan" of component "Planner": its inner node "plan" was deleted.`
 */
export function droppedBoundaryNotice(
  dropped: readonly DroppedBoundaryEntry[],
  before: WorkflowDocument,
): string {
  const lines = dropped.slice(0, LISTED).map((entry) => {
    const component = before.components?.[entry.component]?.name ?? entry.component;
    return `Removed ${what[entry.kind]} "${entry.name}" of component "${component}": ${reason(entry)}.`;
  });
  const more = dropped.length - LISTED;
  return more > 0 ? `${lines.join(' ')} …and ${more} more.` : lines.join(' ');
}
