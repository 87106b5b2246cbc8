// Socket.IO `/client`: who is connected (from the handshake's cookies), and a guard that drops a
// `run:subscribe` for a run the actor may not see, so its events and plan tokens never reach them.
import type { Namespace, Socket } from 'socket.io';
import { type RunId, asId } from '@tessera/db';
import { zRunRef } from '@tessera/protocol';
import type { ServerContext } from '../trpc/context.ts';
import { type Actor, actorOf } from './actor.ts';
import { mayViewRun } from './run-access.ts';

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
    socket.use(([event, payload], next) => {
      if (typeof event !== 'string' || !RUN_EVENTS.has(event)) return next();
      const ref = zRunRef.safeParse(payload);
      const actor = actors.get(socket);
      if (!ref.success || !actor) return next(new Error(`${event}: malformed or unknown socket`));
      mayViewRun(server.database, actor, asId<RunId>(ref.data.runId))
        .then((allowed) => {
          if (allowed) return next();
          log(`client: ${event} refused for run ${ref.data.runId}`);
          next(new Error(`${event}: not allowed`));
        })
        .catch((error: unknown) => next(error instanceof Error ? error : new Error(String(error))));
    });
    // A refused packet surfaces as an 'error' on the socket; it is already logged.
    socket.on('error', () => undefined);
  });
}
