// Where and when each node of a run executed, laid out as a timeline: one row per node, a bar
// from its start to its end on the run's time axis, and the runner and server that executed it
// (so a run placed per stage, or continued by another server, shows it).

/** A node as `runs.get` returns it (dates as Date, or as ISO strings over the wire). */
export interface TimelineNodeInput {
  readonly nodeId: string;
  readonly nodeType: string;
  readonly status: string;
  readonly cached: boolean;
  readonly runnerName: string | null;
  readonly serverId: string | null;
  readonly startedAt: Date | string | null;
  readonly finishedAt: Date | string | null;
}

export interface TimelineRow {
  readonly nodeId: string;
  readonly nodeType: string;
  readonly status: string;
  /** Where the bar starts and how wide it is, as fractions of the run's span (0…1). */
  readonly offset: number;
  readonly width: number;
  readonly ms: number | null;
  /** `runner · server`, `cache · server`, or what is known of them. */
  readonly place: string;
  /** The same runner draws the same colour in every row (0…palette size − 1). */
  readonly colour: number;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

export interface Timeline {
  readonly rows: readonly TimelineRow[];
  /** From the first node's start to the last node's end (or `now` while one runs). */
  readonly spanMs: number;
  readonly servers: readonly string[];
  readonly runners: readonly string[];
}

export const TIMELINE_COLOURS = 6;

const time = (value: Date | string | null): Date | null =>
  value === null ? null : value instanceof Date ? value : new Date(value);

function placeOf(node: TimelineNodeInput): string {
  const runner = node.cached ? 'cache' : (node.runnerName ?? '');
  return [runner, node.serverId ?? ''].filter((part) => part !== '').join(' · ') || '—';
}

/** Lays out `nodes` (in the order given) on one time axis; `now` ends a node still running. */
export function timelineOf(nodes: readonly TimelineNodeInput[], now: Date): Timeline {
  const timed = nodes.map((node) => {
    const startedAt = time(node.startedAt);
    const finishedAt = time(node.finishedAt);
    const end = finishedAt ?? (startedAt && node.status === 'running' ? now : startedAt);
    return { node, startedAt, finishedAt, end };
  });
  const starts = timed.flatMap((t) => (t.startedAt ? [t.startedAt.getTime()] : []));
  const ends = timed.flatMap((t) => (t.end ? [t.end.getTime()] : []));
  const first = starts.length > 0 ? Math.min(...starts) : 0;
  const spanMs = ends.length > 0 ? Math.max(0, Math.max(...ends) - first) : 0;
  const runners = [
    ...new Set(nodes.flatMap((n) => (n.runnerName && !n.cached ? [n.runnerName] : []))),
  ];
  const servers = [...new Set(nodes.flatMap((n) => (n.serverId ? [n.serverId] : [])))];
  const rows = timed.map(({ node, startedAt, finishedAt, end }): TimelineRow => {
    const from = startedAt ? startedAt.getTime() - first : 0;
    const to = end ? end.getTime() - first : from;
    return {
      nodeId: node.nodeId,
      nodeType: node.nodeType,
      status: node.status,
      offset: spanMs > 0 ? from / spanMs : 0,
      width: spanMs > 0 ? (to - from) / spanMs : 0,
      ms: startedAt && finishedAt ? finishedAt.getTime() - startedAt.getTime() : null,
      place: placeOf(node),
      colour:
        node.cached || node.runnerName === null
          ? -1
          : runners.indexOf(node.runnerName) % TIMELINE_COLOURS,
      startedAt,
      finishedAt,
    };
  });
  return { rows, spanMs, servers, runners };
}
