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

/** Why `entry` went: its inner node was deleted, moved into a new component, or lost the port. */
function reason(
  entry: DroppedBoundaryEntry,
  before: WorkflowDocument,
  after: WorkflowDocument,
): string {
  if (entry.cause === 'port')
    return `its inner component node "${entry.node}" no longer has "${entry.name}"`;
  const movedInto = Object.entries(after.components ?? {}).find(
    ([id, definition]) =>
      before.components?.[id] === undefined &&
      definition.nodes.some((node) => node.id === entry.node),
  )?.[1];
  return movedInto
    ? `its inner node "${entry.node}" went into component "${movedInto.name}"`
    : `its inner node "${entry.node}" was deleted`;
}

/**
 * One line per dropped entry (at most three, then how many more), e.g. `Removed output port
 * "plan" of component "Planner": its inner node "plan" was deleted.`
 */
export function droppedBoundaryNotice(
  dropped: readonly DroppedBoundaryEntry[],
  before: WorkflowDocument,
  after: WorkflowDocument,
): string {
  const lines = dropped.slice(0, LISTED).map((entry) => {
    const component = before.components?.[entry.component]?.name ?? entry.component;
    return `Removed ${what[entry.kind]} "${entry.name}" of component "${component}": ${reason(entry, before, after)}.`;
  });
  const more = dropped.length - LISTED;
  return more > 0 ? `${lines.join(' ')} …and ${more} more.` : lines.join(' ');
}
