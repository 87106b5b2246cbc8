/** A directed edge between two vertex names. */
export type Arc = readonly [from: string, to: string];

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function adjacency(vertices: readonly string[], arcs: readonly Arc[]): Map<string, string[]> {
  const next = new Map<string, string[]>(vertices.map((v) => [v, []]));
  for (const [from, to] of arcs) next.get(from)?.push(to);
  for (const list of next.values()) list.sort(compare);
  return next;
}

/**
 * Every cycle of the graph, as its strongly connected components with more than one vertex or
 * with a self-loop. Each cycle's vertices are sorted, and cycles are sorted by their first
 * vertex. Iterative (Tarjan), so deep graphs do not overflow the stack.
 */
export function findCycles(vertices: readonly string[], arcs: readonly Arc[]): string[][] {
  const next = adjacency(vertices, arcs);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  for (const root of [...vertices].sort(compare)) {
    if (index.has(root)) continue;
    const work: { vertex: string; child: number }[] = [{ vertex: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const children = next.get(frame.vertex) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ vertex: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.vertex, Math.min(low.get(frame.vertex)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.vertex, Math.min(low.get(parent.vertex)!, low.get(frame.vertex)!));
      if (low.get(frame.vertex) !== index.get(frame.vertex)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.vertex);
      const selfLoop =
        component.length === 1 && (next.get(frame.vertex) ?? []).includes(frame.vertex);
      if (component.length > 1 || selfLoop) cycles.push(component.sort(compare));
    }
  }
  return cycles.sort((a, b) => compare(a[0]!, b[0]!));
}

export type TopologicalResult =
  | { readonly ok: true; readonly order: string[] }
  | { readonly ok: false; readonly cycles: string[][] };

/**
 * Kahn's algorithm with ties broken by vertex name (code-unit order), so the same graph always
 * gives the same order. Arcs naming unknown vertices are ignored.
 */
export function topologicalOrder(
  vertices: readonly string[],
  arcs: readonly Arc[],
): TopologicalResult {
  const known = new Set(vertices);
  const next = adjacency([...known], []);
  const indegree = new Map<string, number>([...known].map((v) => [v, 0]));
  for (const [from, to] of arcs) {
    if (!known.has(from) || !known.has(to)) continue;
    next.get(from)!.push(to);
    indegree.set(to, indegree.get(to)! + 1);
  }
  const ready = [...known].filter((v) => indegree.get(v) === 0).sort(compare);
  const order: string[] = [];
  while (ready.length > 0) {
    const vertex = ready.shift()!;
    order.push(vertex);
    for (const to of next.get(vertex)!) {
      const remaining = indegree.get(to)! - 1;
      indegree.set(to, remaining);
      if (remaining === 0) insertSorted(ready, to);
    }
  }
  if (order.length === known.size) return { ok: true, order };
  return {
    ok: false,
    cycles: findCycles(
      [...known],
      arcs.filter(([f, t]) => known.has(f) && known.has(t)),
    ),
  };
}

function insertSorted(list: string[], value: string): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, value);
}
