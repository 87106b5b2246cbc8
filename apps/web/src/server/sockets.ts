// Socket.IO on the web server's port: `/client` for browsers, `/runner` for runners. The hub
// (packages/hub) owns both namespaces: token check, typed events parsed at the edge, scheduling.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { HUB_SOCKET_OPTIONS, type Hub } from '@tessera/hub';
import { guardClientSockets } from './auth/socket-access.ts';
import type { ServerContext } from './trpc/context.ts';

export function attachSockets(http: HttpServer, hub: Hub, server: ServerContext): Server {
  const io = new Server(http, {
    ...HUB_SOCKET_OPTIONS,
    serveClient: false,
    cors: { origin: false },
  });
  // Registered before the hub's handlers: the guard sees each packet first.
  guardClientSockets(io.of('/client'), server, (line) => console.log(line));
  hub.attach(io);
  return io;
}
