// Finding node types by words, optionally only those that can take (or feed) a port type.
import type { NodeSpec, PortType } from '@tessera/graph';
import { canConnect } from '@tessera/graph';

/** A link being dragged: from an output (it needs an input) or from an input (it needs an output). */
export interface LinkFilter {
  readonly type: PortType;
  readonly needs: 'input' | 'output';
}

/** The first port of `spec` that can take part in the link, or undefined. */
export function matchingPort(spec: NodeSpec, link: LinkFilter): string | undefined {
  if (link.needs === 'input') return spec.inputs.find((p) => canConnect(link.type, p.type))?.name;
  return spec.outputs.find((p) => canConnect(p.type, link.type))?.name;
}

function haystack(spec: NodeSpec): string {
  return [spec.title, spec.type, spec.category, spec.description].join(' ').toLowerCase();
}

/**
 * The specs matching every word of `query` (title, type, category, description), best first: a
 * title or type that starts with the query ranks above a match elsewhere.
 */
export function searchSpecs(
  specs: readonly NodeSpec[],
  query: string,
  link?: LinkFilter,
): NodeSpec[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const q = query.trim().toLowerCase();
  const scored: { spec: NodeSpec; score: number; index: number }[] = [];
  specs.forEach((spec, index) => {
    if (link && matchingPort(spec, link) === undefined) return;
    const text = haystack(spec);
    if (!words.every((w) => text.includes(w))) return;
    const title = spec.title.toLowerCase();
    const type = spec.type.toLowerCase();
    const score =
      q === ''
        ? 0
        : title.startsWith(q) || type.startsWith(q)
          ? 0
          : title.includes(q) || type.includes(q)
            ? 1
            : 2;
    scored.push({ spec, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.spec);
}
