// Socket.IO on the web server's port: `/client` for browsers, `/runner` for runners. The hub
// (packages/hub) owns both namespaces: token check, typed events parsed at the edge, scheduling.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { HUB_SOCKET_OPTIONS, type Hub } from '@tessera/hub';

export function attachSockets(http: HttpServer, hub: Hub): Server {
  const io = new Server(http, {
    ...HUB_SOCKET_OPTIONS,
    serveClient: false,
    cors: { origin: false },
  });
  hub.attach(io);
  return io;
}
