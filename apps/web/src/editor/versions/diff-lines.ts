// A diff as lines a person reads: what was added, removed, changed, rewired.
import type { DocumentDiff, WorkflowEdge } from '@tessera/graph';
import { specOf } from '../model/catalogue.ts';
import { paramText } from './param-text.ts';

export type DiffLineKind = 'added' | 'removed' | 'changed' | 'layout';

export interface DiffLine {
  readonly kind: DiffLineKind;
  readonly text: string;
  /** The node the line is about, when it is about one. */
  readonly nodeId?: string;
}

function nodeName(node: { id: string; type: string; title?: string | undefined }): string {
  return `“${node.title ?? specOf(node.type)?.title ?? node.type}” (${node.id})`;
}

const linkText = (e: WorkflowEdge): string =>
  `${e.from.node}.${e.from.port} → ${e.to.node}.${e.to.port}`;

export function diffLines(diff: DocumentDiff): DiffLine[] {
  const lines: DiffLine[] = [];
  if (diff.name)
    lines.push({ kind: 'changed', text: `Name: “${diff.name.before}” → “${diff.name.after}”` });
  if (diff.description) lines.push({ kind: 'changed', text: 'Description changed' });
  for (const n of diff.addedNodes)
    lines.push({ kind: 'added', text: `Added node ${nodeName(n)}`, nodeId: n.id });
  for (const n of diff.removedNodes)
    lines.push({ kind: 'removed', text: `Removed node ${nodeName(n)}`, nodeId: n.id });
  for (const change of diff.changedNodes) {
    const name = nodeName({ id: change.id, type: change.type, title: change.title?.after });
    if (change.title)
      lines.push({
        kind: 'changed',
        text: `${name} renamed from “${change.title.before ?? specOf(change.type)?.title ?? change.type}”`,
        nodeId: change.id,
      });
    for (const p of change.params)
      lines.push({
        kind: 'changed',
        text: `${name} ${p.name}: ${paramText(p.before)} → ${paramText(p.after)}`,
        nodeId: change.id,
      });
  }
  for (const e of diff.addedEdges) lines.push({ kind: 'added', text: `Linked ${linkText(e)}` });
  for (const e of diff.removedEdges)
    lines.push({ kind: 'removed', text: `Unlinked ${linkText(e)}` });
  const moved = diff.movedNodes.length;
  if (moved > 0)
    lines.push({
      kind: 'layout',
      text: `Moved ${moved} node${moved === 1 ? '' : 's'} (layout only)`,
    });
  return lines;
}
