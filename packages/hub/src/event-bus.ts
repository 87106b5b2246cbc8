// Fan-out of run events to whoever watches. An interface, so that a Redis-backed bus can
// replace the in-process one when there is more than one hub.
import type { RunEvent } from '@tessera/protocol';

export type RunEventListener = (event: RunEvent) => void;

export interface EventBus {
  publish(event: RunEvent): void;
  /** Hears every run's events; returns a function that stops listening. */
  subscribe(listener: RunEventListener): () => void;
  /**
   * Hears only the events published in this process (a bus shared by several servers delivers
   * the others' too through `subscribe`). Left out, every event is published here.
   */
  subscribeOwn?(listener: RunEventListener): () => void;
}

/** One process: listeners are called synchronously, in order; a throwing one is skipped. */
export class InProcessEventBus implements EventBus {
  readonly #listeners = new Set<RunEventListener>();

  publish(event: RunEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // One broken watcher must not stop the others (or the run).
      }
    }
  }

  subscribe(listener: RunEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
