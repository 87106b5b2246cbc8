// The /runner namespace: token check in the handshake, one RunnerLink per connection, every
// report parsed before the scheduler hears of it.
import {
  type HubToRunnerEvents,
  RUNNER_TOKEN_REFUSED,
  type RunnerAdvertisement,
  type RunnerToHubEvents,
  incoming,
  modelPackageSha256,
  zAck,
  zHeartbeat,
  zJobEvent,
  zJobFailed,
  zJobFinished,
  zJobHandBack,
  zRunnerHello,
} from '@tessera/protocol';
import type { Namespace } from 'socket.io';
import type { RunnerLinks } from './runner-links.ts';
import type { RunnerRegistry } from './runner-registry.ts';
import { sameToken } from './same-token.ts';

export type RunnerNamespace = Namespace<RunnerToHubEvents, HubToRunnerEvents>;

export interface RunnerNamespaceOptions {
  /** Runners must present it; without one, every runner is refused. */
  readonly token: string | undefined;
  readonly registry: RunnerRegistry;
  readonly links: RunnerLinks;
  /** How long a runner has to answer an offer (default 10 s). */
  readonly offerTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export function attachRunnerNamespace(
  namespace: RunnerNamespace,
  options: RunnerNamespaceOptions,
): void {
  const log = options.log ?? (() => undefined);
  // What each accepted socket advertised in its handshake (parsed once, in the middleware).
  const hellos = new WeakMap<object, RunnerAdvertisement>();
  namespace.use((socket, next) => {
    const hello = zRunnerHello.safeParse(socket.handshake.auth);
    if (!hello.success)
      return next(
        new Error('Bad runner handshake: expected { token, name, nodeTypes, providers }'),
      );
    if (!options.token || !sameToken(hello.data.token, options.token))
      return next(new Error(RUNNER_TOKEN_REFUSED));
    hellos.set(socket, hello.data);
    next();
  });

  namespace.on('connection', (socket) => {
    const hello = hellos.get(socket);
    if (!hello) {
      socket.disconnect(true);
      return;
    }
    const connectionId = socket.id;
    options.registry.add({
      connectionId,
      name: hello.name,
      connectedAt: new Date(),
      nodeTypes: hello.nodeTypes,
      providers: hello.providers,
      models: hello.models.map(({ id, revision, files }) => ({
        id,
        revision,
        sha256: modelPackageSha256({ files }),
      })),
    });
    options.links.add({
      connectionId,
      name: hello.name,
      nodeTypes: new Set(hello.nodeTypes),
      models: new Set(hello.models.map((model) => model.id)),
      offer: async (offer) => {
        try {
          const reply: unknown = await socket
            .timeout(options.offerTimeoutMs ?? 10_000)
            .emitWithAck('job:offer', offer);
          const ack = zAck.safeParse(reply);
          return ack.success ? ack.data : { ok: false, error: 'an unreadable answer' };
        } catch {
          return { ok: false, error: 'no answer in time' };
        }
      },
      cancel: (jobId) => socket.emit('job:cancel', { jobId }),
    });
    const onError = (message: string): void => log(`runner ${hello.name}: ${message}`);
    const links = options.links;
    socket.on(
      'runner:heartbeat',
      incoming(zHeartbeat, () => undefined, { event: 'runner:heartbeat', onError }),
    );
    socket.on(
      'job:event',
      incoming(zJobEvent, (e) => links.report(connectionId, e.jobId, e.event), {
        event: 'job:event',
        onError,
      }),
    );
    socket.on(
      'job:finished',
      incoming(
        zJobFinished,
        (f) =>
          links.report(connectionId, f.jobId, {
            kind: 'finished',
            outputs: f.outputs,
            ms: f.ms,
            ...(f.display ? { display: f.display } : {}),
          }),
        { event: 'job:finished', onError },
      ),
    );
    socket.on(
      'job:failed',
      incoming(
        zJobFailed,
        (f) => links.report(connectionId, f.jobId, { kind: 'failed', message: f.message }),
        {
          event: 'job:failed',
          onError,
        },
      ),
    );
    socket.on(
      'job:handback',
      incoming(
        zJobHandBack,
        (h) =>
          links.report(connectionId, h.jobId, {
            kind: 'lost',
            reason: `runner ${hello.name} handed the job back (${h.reason})`,
          }),
        { event: 'job:handback', onError },
      ),
    );
    socket.on('disconnect', (reason) => {
      options.registry.remove(connectionId);
      links.remove(connectionId, `runner ${hello.name} disconnected (${reason})`);
    });
  });
}
