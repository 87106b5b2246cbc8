// WS /ws?clientId=: the API's WebSocket. On connect and on every queue change a socket gets
// `status` (and again every few seconds, so a client's liveness check never fires); the events of
// a prompt go to the sockets of its client_id, or to all of its caller's sockets without one.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RunEvent } from '@tessera/protocol';
import { WebSocket, WebSocketServer } from 'ws';
import type { ComfyBackend, ComfyCaller } from '../backend.ts';
import { routePath } from '../http/respond.ts';
import type { PromptBook } from '../prompts/prompt-book.ts';
import { EventTranslator, type Outgoing } from './event-translator.ts';

/** How often every socket hears `status` while nothing else happens (clients time out at 10 s). */
export const STATUS_INTERVAL_MS = 4_000;
/** Events of runs not (yet) known as prompts, kept for a moment: POST /prompt learns its run id after the hub queued it. */
const EARLY_EVENTS_KEPT = 64;

interface Client {
  readonly socket: WebSocket;
  readonly clientId: string;
  readonly caller: ComfyCaller;
}

const QUEUE_EVENTS = new Set<RunEvent['type']>([
  'run-queued',
  'run-started',
  'run-finished',
  'run-failed',
  'run-cancelled',
]);
const KEPT_EARLY = new Set<RunEvent['type']>([
  ...QUEUE_EVENTS,
  'node-started',
  'node-finished',
  'node-failed',
  'node-skipped',
]);

export interface SocketHubOptions {
  readonly backend: ComfyBackend;
  readonly book: PromptBook;
  readonly newClientId: () => string;
  readonly log: (line: string) => void;
  readonly statusIntervalMs?: number;
}

export class SocketHub {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #clients = new Set<Client>();
  readonly #translator: EventTranslator;
  readonly #early = new Map<string, RunEvent[]>();
  readonly #remaining = new Map<string, number>();
  readonly #stopListening: () => void;
  readonly #timer: NodeJS.Timeout;
  #statusPending = false;

  constructor(private readonly options: SocketHubOptions) {
    this.#translator = new EventTranslator(options.backend.catalogue);
    this.#stopListening = options.backend.subscribe((event) => this.#onEvent(event));
    this.#timer = setInterval(
      () => this.#heartbeat(),
      options.statusIntervalMs ?? STATUS_INTERVAL_MS,
    );
    this.#timer.unref();
  }

  /** Serves `/ws` and `/api/ws` upgrades of `server`; refuses a caller the backend does not know. */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.#upgrade(req, socket, head);
    });
  }

  async #upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (routePath(url.pathname) !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    const caller = await this.options.backend.authenticate(req.headers).catch(() => undefined);
    if (!caller) {
      socket.end(
        'HTTP/1.1 401 Unauthorized\r\ncontent-type: text/plain\r\n\r\nAn API token is required.\n',
      );
      return;
    }
    const asked = url.searchParams.get('clientId') ?? '';
    const clientId = /^[A-Za-z0-9_.:-]{1,200}$/.test(asked) ? asked : this.options.newClientId();
    this.#server.handleUpgrade(req, socket, head, (ws) => {
      const client: Client = { socket: ws, clientId, caller };
      this.#clients.add(client);
      ws.on('close', () => this.#clients.delete(client));
      ws.on('error', () => this.#clients.delete(client));
      void this.#remainingFor(caller).then((remaining) =>
        this.#send(client, {
          kind: 'json',
          type: 'status',
          data: { status: { exec_info: { queue_remaining: remaining } }, sid: clientId },
        }),
      );
    });
  }

  /** A prompt was queued as run `runId`: replays what its run already reported. */
  promptAdded(runId: string): void {
    const early = this.#early.get(runId) ?? [];
    this.#early.delete(runId);
    for (const event of early) this.#onEvent(event);
    this.#queueChanged();
  }

  close(): void {
    clearInterval(this.#timer);
    this.#stopListening();
    for (const client of this.#clients) client.socket.terminate();
    this.#server.close();
  }

  #onEvent(event: RunEvent): void {
    if (QUEUE_EVENTS.has(event.type)) this.#queueChanged();
    const record = this.options.book.byRun(event.runId);
    if (!record) {
      if (!KEPT_EARLY.has(event.type)) return;
      const kept = this.#early.get(event.runId) ?? [];
      this.#early.delete(event.runId); // re-inserted last: the map stays in arrival order
      this.#early.set(event.runId, [...kept, event].slice(-50));
      if (this.#early.size > EARLY_EVENTS_KEPT)
        this.#early.delete(this.#early.keys().next().value!);
      return;
    }
    let messages: Outgoing[];
    try {
      messages = this.#translator.translate(record, event);
    } catch (error) {
      this.options.log(
        `comfy-api: event ${event.type} of run ${event.runId} not sent (${String(error)})`,
      );
      return;
    }
    for (const client of this.#clients) {
      if (client.caller.key !== record.callerKey) continue;
      if (record.clientId !== undefined && client.clientId !== record.clientId) continue;
      for (const message of messages) this.#send(client, message);
    }
  }

  #queueChanged(): void {
    if (this.#statusPending) return;
    this.#statusPending = true;
    setTimeout(() => {
      this.#statusPending = false;
      void this.#broadcastStatus(true);
    }, 20);
  }

  #heartbeat(): void {
    void this.#broadcastStatus(false);
  }

  async #remainingFor(caller: ComfyCaller): Promise<number> {
    const runs = await this.options.backend.listRuns(caller, { statuses: ['queued', 'running'] });
    this.#remaining.set(caller.key, runs.length);
    return runs.length;
  }

  /** `status` to every socket; `fresh`: count the queue again (else the last count). */
  async #broadcastStatus(fresh: boolean): Promise<void> {
    const callers = new Map([...this.#clients].map((client) => [client.caller.key, client.caller]));
    for (const [key, caller] of callers) {
      const remaining =
        fresh || !this.#remaining.has(key)
          ? await this.#remainingFor(caller).catch(() => this.#remaining.get(key) ?? 0)
          : (this.#remaining.get(key) ?? 0);
      const message: Outgoing = {
        kind: 'json',
        type: 'status',
        data: { status: { exec_info: { queue_remaining: remaining } } },
      };
      for (const client of this.#clients)
        if (client.caller.key === key) this.#send(client, message);
    }
  }

  #send(client: Client, message: Outgoing): void {
    if (client.socket.readyState !== WebSocket.OPEN) return;
    if (message.kind === 'binary') client.socket.send(message.bytes, { binary: true });
    else client.socket.send(JSON.stringify({ type: message.type, data: message.data }));
  }
}
