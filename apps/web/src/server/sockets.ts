// Socket.IO on the web server's port: `/client` for browsers, `/runner` for runners.
// Runners must present the hub's token; the Execution issue grows the event maps.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { z } from 'zod';
import type { RunnerRegistry } from '@tessera/hub';

const zRunnerHello = z.object({
  token: z.string(),
  name: z.string().min(1).max(100),
  nodeTypes: z.array(z.string()).default([]),
  providers: z.array(z.string()).default(['cpu']),
});

interface ClientToServer {
  'health:subscribe': () => void;
}
interface ServerToClient {
  'runners:changed': (
    runners: { name: string; nodeTypes: string[]; providers: string[] }[],
  ) => void;
}

export function attachSockets(
  http: HttpServer,
  runners: RunnerRegistry,
  runnerToken: string | undefined,
): Server {
  const io = new Server<ClientToServer, ServerToClient>(http, {
    serveClient: false,
    cors: { origin: false },
  });
  const clients = io.of('/client');

  runners.subscribe((list) => {
    clients.emit(
      'runners:changed',
      list.map((r) => ({ name: r.name, nodeTypes: [...r.nodeTypes], providers: [...r.providers] })),
    );
  });

  const runnerNamespace = io.of('/runner');
  runnerNamespace.use((socket, next) => {
    const hello = zRunnerHello.safeParse(socket.handshake.auth);
    if (!hello.success)
      return next(
        new Error('Bad runner handshake: expected { token, name, nodeTypes, providers }'),
      );
    if (!runnerToken || hello.data.token !== runnerToken)
      return next(new Error('Runner token refused'));
    next();
  });
  runnerNamespace.on('connection', (socket) => {
    const hello = zRunnerHello.parse(socket.handshake.auth);
    runners.add({
      connectionId: socket.id,
      name: hello.name,
      connectedAt: new Date(),
      nodeTypes: hello.nodeTypes,
      providers: hello.providers,
    });
    socket.on('disconnect', () => runners.remove(socket.id));
  });
  return io;
}
