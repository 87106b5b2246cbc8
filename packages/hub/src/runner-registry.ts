import type { RunnerModelSummary } from '@tessera/protocol';

/** A runner connected to this hub (or, in a cluster, to another server) right now, as it introduced itself. */
export interface ConnectedRunner {
  readonly connectionId: string;
  readonly name: string;
  readonly connectedAt: Date;
  readonly nodeTypes: readonly string[];
  readonly providers: readonly string[];
  /** The model packages it advertised, each with its package hash (`modelPackageSha256`). */
  readonly models?: readonly RunnerModelSummary[];
  /** In a cluster, the id of the server holding its socket when that is another server. */
  readonly server?: string;
}

export type RunnerListener = (runners: readonly ConnectedRunner[]) => void;

/**
 * The runners connected to this hub process. Connections add and remove themselves; the
 * scheduler and the health page read it. Listeners hear every change.
 */
export class RunnerRegistry {
  readonly #runners = new Map<string, ConnectedRunner>();
  readonly #listeners = new Set<RunnerListener>();

  add(runner: ConnectedRunner): void {
    if (this.#runners.has(runner.connectionId)) {
      throw new Error(`Runner connection ${runner.connectionId} is already registered`);
    }
    this.#runners.set(runner.connectionId, runner);
    this.#notify();
  }

  remove(connectionId: string): boolean {
    const removed = this.#runners.delete(connectionId);
    if (removed) this.#notify();
    return removed;
  }

  list(): readonly ConnectedRunner[] {
    return [...this.#runners.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get size(): number {
    return this.#runners.size;
  }

  /** Calls `listener` on every change; returns a function that stops listening. */
  subscribe(listener: RunnerListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    const snapshot = this.list();
    for (const listener of this.#listeners) listener(snapshot);
  }
}
