// Socket.IO `/client`: who is connected (from the handshake's cookies), and a guard that refuses a
// `run:subscribe` for a run that does not exist or that the actor may not see, so its events and
// plan tokens never reach them. A refusal answers the acknowledgement as tRPC answers runs.get
// ("There is no run with id …"), never telling which of the two it was.
import type { Event, Namespace, Socket } from 'socket.io';
import { type RunId, asId } from '@tessera/db';
import { type Ack, zRunRef } from '@tessera/protocol';
import type { ServerContext } from '../trpc/context.ts';
import { type Actor, actorOf } from './actor.ts';
import { mayWatchRun, noRunMessage } from './run-access.ts';

const actors = new WeakMap<Socket, Actor>();
/** The open sockets of each signed-in session, so signing out closes them. */
const sessionSockets = new Map<string, Set<Socket>>();

/** Disconnects every socket opened with this session (on sign-out). */
export function disconnectSession(sessionId: string): void {
  for (const socket of sessionSockets.get(sessionId) ?? []) socket.disconnect(true);
  sessionSockets.delete(sessionId);
}

function remember(socket: Socket, actor: Actor): void {
  actors.set(socket, actor);
  if (actor.kind !== 'user') return;
  const open = sessionSockets.get(actor.sessionId) ?? new Set<Socket>();
  open.add(socket);
  sessionSockets.set(actor.sessionId, open);
  socket.once('disconnect', () => {
    open.delete(socket);
    if (open.size === 0 && sessionSockets.get(actor.sessionId) === open)
      sessionSockets.delete(actor.sessionId);
  });
}

/** The guarded events: each names a run in its first argument. */
const RUN_EVENTS = new Set(['run:subscribe']);

/** The packet's acknowledgement callback (always its last argument), if the client asked for one. */
function ackOf(packet: Event): ((reply: Ack) => void) | undefined {
  const last: unknown = packet.length > 1 ? packet[packet.length - 1] : undefined;
  return typeof last === 'function' ? (last as (reply: Ack) => void) : undefined;
}

export function guardClientSockets(
  namespace: Namespace,
  server: ServerContext,
  log: (line: string) => void = () => undefined,
): void {
  namespace.use((socket, next) => {
    actorOf(socket.handshake.headers, server.database, server.auth)
      .then((actor) => {
        remember(socket, actor);
        next();
      })
      .catch((error: unknown) => next(error instanceof Error ? error : new Error(String(error))));
  });
  namespace.on('connection', (socket) => {
    socket.use((packet, next) => {
      const event = packet[0];
      const payload: unknown = packet[1];
      if (!RUN_EVENTS.has(event)) return next();
      const refuse = (error: string): void => {
        log(`client: ${event} refused: ${error}`);
        ackOf(packet)?.({ ok: false, error });
        next(new Error(`${event}: ${error}`));
      };
      const actor = actors.get(socket);
      if (!actor) return refuse('this connection has no known user');
      const ref = zRunRef.safeParse(typeof payload === 'function' ? undefined : payload);
      if (!ref.success) return refuse(`Invalid ${event} payload: expected { runId }.`);
      const { runId } = ref.data;
      mayWatchRun(server.database, actor, asId<RunId>(runId))
        .then((allowed) => (allowed ? next() : refuse(noRunMessage(runId))))
        .catch((error: unknown) => refuse(error instanceof Error ? error.message : String(error)));
    });
    // A refused packet surfaces as an 'error' on the socket; it is already logged and answered.
    socket.on('error', () => undefined);
  });
}
