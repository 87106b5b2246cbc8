import type { EngineEvent } from '@tessera/engine';
import type { Catalogue, WorkflowDocument } from '@tessera/graph';

export type RowStatus =
  'waiting' | 'running' | 'done' | 'cached' | 'failed' | 'skipped' | 'cancelled';

/** What the progress display knows of one node of the run. */
export interface NodeRow {
  readonly id: string;
  /** `Title [type]`: the node's own title, else its spec's. */
  readonly label: string;
  /** 1-based place in the execution order, and the order's length. */
  readonly position: number;
  readonly count: number;
  status: RowStatus;
  step: number;
  total: number;
  /** When it started (event clock), and how long it took once finished. */
  startedAt?: number;
  ms?: number;
  /** Why it failed, or what blocked it. */
  note?: string;
}

/**
 * The rows of a run, one per node in execution order, kept up to date from engine events.
 * `apply` returns the row an event changed (undefined for run-level events and logs).
 */
export class NodeRows {
  readonly rows: NodeRow[] = [];
  readonly #byId = new Map<string, NodeRow>();
  readonly #labels: ReadonlyMap<string, string>;

  constructor(workflow: WorkflowDocument, catalogue: Catalogue) {
    this.#labels = new Map(
      workflow.nodes.map((node) => {
        const title = node.title ?? catalogue.find(node.type)?.title ?? node.id;
        return [node.id, `${title} [${node.type}]`];
      }),
    );
  }

  apply(event: EngineEvent): NodeRow | undefined {
    if (event.type === 'run-started') {
      event.order.forEach((id, index) => {
        const row: NodeRow = {
          id,
          label: this.#labels.get(id) ?? id,
          position: index + 1,
          count: event.order.length,
          status: 'waiting',
          step: 0,
          total: 0,
        };
        this.rows.push(row);
        this.#byId.set(id, row);
      });
      return undefined;
    }
    if (event.type === 'run-cancelled') {
      const row = event.nodeId === undefined ? undefined : this.#byId.get(event.nodeId);
      if (row) row.status = 'cancelled';
      return row;
    }
    if (!('nodeId' in event)) return undefined;
    const row = this.#byId.get(event.nodeId);
    if (row === undefined) return undefined;
    switch (event.type) {
      case 'node-started':
        row.status = 'running';
        row.startedAt = event.at;
        return row;
      case 'node-progress':
        row.step = event.step;
        row.total = event.total;
        return row;
      case 'node-finished':
        row.status = event.cached ? 'cached' : 'done';
        row.ms = event.ms;
        return row;
      case 'node-failed':
        row.status = 'failed';
        row.note = event.message;
        return row;
      case 'node-skipped':
        row.status = 'skipped';
        row.note = `blocked by ${event.blockedBy}`;
        return row;
      default:
        return undefined;
    }
  }
}
