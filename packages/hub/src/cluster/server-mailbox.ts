// Messages from one server of the cluster to another through Redis pub/sub (one channel per
// server), and requests answered by the receiver. Used to reach a runner attached to another
// server: its reservation, the job offer, cancel, and the job's reports back to the driver.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { pack, unpack } from './wire-pack.ts';

const channelOf = (serverId: string): string => `tessera:server:${serverId}`;

export interface MailboxMessage {
  readonly kind: string;
  readonly [field: string]: unknown;
}

interface Envelope {
  readonly from: string;
  readonly message: MailboxMessage;
  /** Set on a request: the answer goes back with `replyTo`. */
  readonly requestId?: string;
  readonly replyTo?: string;
  readonly answer?: unknown;
}

export type MailboxHandler = (from: string, message: MailboxMessage) => unknown;

export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
}

export class ServerMailbox {
  readonly #pending = new Map<string, (answer: unknown) => void>();
  #handler: MailboxHandler = () => undefined;

  constructor(
    readonly serverId: string,
    private readonly publisher: Redis,
    subscriber: Redis,
  ) {
    const own = channelOf(serverId);
    void subscriber.subscribe(own).catch(() => undefined);
    subscriber.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
      if (channel.toString() === own) this.#receive(unpack(bytes) as Envelope);
    });
  }

  /** Sets who handles incoming messages; a request is answered with what it returns. */
  handle(handler: MailboxHandler): void {
    this.#handler = handler;
  }

  send(to: string, message: MailboxMessage): void {
    this.#post(to, { from: this.serverId, message });
  }

  /** Sends and waits for the receiver's answer; rejects after `timeoutMs`. */
  request(to: string, message: MailboxMessage, timeoutMs: number): Promise<unknown> {
    const requestId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(new RequestTimeoutError(`server ${to} did not answer "${message.kind}" in time`));
      }, timeoutMs);
      this.#pending.set(requestId, (answer) => {
        clearTimeout(timer);
        this.#pending.delete(requestId);
        resolve(answer);
      });
      this.#post(to, { from: this.serverId, message, requestId });
    });
  }

  #post(to: string, envelope: Envelope): void {
    this.publisher.publish(channelOf(to), pack(envelope)).catch(() => undefined);
  }

  #receive(envelope: Envelope): void {
    if (envelope.replyTo !== undefined) {
      this.#pending.get(envelope.replyTo)?.(envelope.answer);
      return;
    }
    const { requestId } = envelope;
    void Promise.resolve()
      .then(() => this.#handler(envelope.from, envelope.message))
      .then(
        (answer: unknown) => answer,
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      )
      .then((answer) => {
        if (requestId === undefined) return;
        const reply = { kind: 'answer' };
        this.#post(envelope.from, {
          from: this.serverId,
          message: reply,
          replyTo: requestId,
          answer,
        });
      });
  }
}
