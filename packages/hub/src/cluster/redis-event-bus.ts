// Run events shared by every server of the cluster through Redis pub/sub. A server's own events
// reach its listeners at once; the others' arrive from Redis, in the order their server sent them
// (one publishing connection per server), and a run is driven by one server at a time.
import type { Redis } from 'ioredis';
import { type RunEvent, parseRunEvent } from '@tessera/protocol';
import type { EventBus, RunEventListener } from '../event-bus.ts';
import { pack, unpack } from './wire-pack.ts';

export const RUN_EVENTS_CHANNEL = 'tessera:run-events';

interface Envelope {
  readonly from: string;
  readonly event: unknown;
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' && value !== null && 'from' in value && 'event' in value;

function callEach(listeners: ReadonlySet<RunEventListener>, event: RunEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // One broken watcher must not stop the others (or the run).
    }
  }
}

export class RedisEventBus implements EventBus {
  readonly #all = new Set<RunEventListener>();
  readonly #own = new Set<RunEventListener>();

  /**
   * `publisher` sends; `subscriber` is a connection of its own (a subscribed ioredis connection
   * cannot send other commands).
   */
  constructor(
    private readonly serverId: string,
    private readonly publisher: Redis,
    subscriber: Redis,
  ) {
    void subscriber.subscribe(RUN_EVENTS_CHANNEL).catch(() => undefined);
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      if (channel.toString() !== RUN_EVENTS_CHANNEL) return;
      const envelope = unpack(message);
      if (!isEnvelope(envelope) || envelope.from === this.serverId) return;
      const event = parseRunEvent(envelope.event);
      if (event) callEach(this.#all, event);
    });
  }

  publish(event: RunEvent): void {
    callEach(this.#own, event);
    callEach(this.#all, event);
    const envelope: Envelope = { from: this.serverId, event };
    this.publisher.publish(RUN_EVENTS_CHANNEL, pack(envelope)).catch(() => undefined);
  }

  subscribe(listener: RunEventListener): () => void {
    this.#all.add(listener);
    return () => this.#all.delete(listener);
  }

  subscribeOwn(listener: RunEventListener): () => void {
    this.#own.add(listener);
    return () => this.#own.delete(listener);
  }
}
