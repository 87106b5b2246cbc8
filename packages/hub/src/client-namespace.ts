// The /client namespace: browsers subscribe to runs and hear about runners.
import {
  type ClientToHubEvents,
  type HubToClientEvents,
  type RunEvent,
  type RunnerSummary,
  incoming,
  zRunRef,
} from '@tessera/protocol';
import type { Namespace } from 'socket.io';
import type { EventBus } from './event-bus.ts';
import type { RunnerLinks } from './runner-links.ts';
import type { ConnectedRunner, RunnerRegistry } from './runner-registry.ts';

export type ClientNamespace = Namespace<ClientToHubEvents, HubToClientEvents>;

export interface ClientNamespaceOptions {
  readonly bus: EventBus;
  readonly registry: RunnerRegistry;
  readonly links?: RunnerLinks;
  readonly log?: (line: string) => void;
}

const room = (runId: string): string => `run:${runId}`;

export function summarizeRunners(
  runners: readonly ConnectedRunner[],
  links?: RunnerLinks,
): RunnerSummary[] {
  return runners.map((r) => ({
    name: r.name,
    nodeTypes: [...r.nodeTypes],
    providers: [...r.providers],
    ...(r.models ? { models: r.models.map((model) => ({ ...model })) } : {}),
    ...(links ? { busy: links.busy(r.connectionId) } : {}),
  }));
}

/** Wires the namespace; returns a function that stops the fan-out. */
export function attachClientNamespace(
  namespace: ClientNamespace,
  options: ClientNamespaceOptions,
): () => void {
  const onError = (message: string): void => options.log?.(`client: ${message}`);
  // Every server's registry lists the whole cluster's runners: each tells its own browsers.
  const emitRunners = (): void => {
    namespace.local.emit(
      'runners:changed',
      summarizeRunners(options.registry.list(), options.links),
    );
  };
  const stopRunners = options.registry.subscribe(emitRunners);
  const stopBusy = options.links?.onBusyChange(emitRunners);
  // The events of the runs this server drives, to the run's room on every server (through the
  // Socket.IO adapter: the Redis one in a cluster).
  const fanOut = (event: RunEvent): void => {
    namespace.to(room(event.runId)).emit('run:event', event);
  };
  const stopEvents = options.bus.subscribeOwn
    ? options.bus.subscribeOwn(fanOut)
    : options.bus.subscribe(fanOut);
  namespace.on('connection', (socket) => {
    socket.on('health:subscribe', () => {
      socket.emit('runners:changed', summarizeRunners(options.registry.list(), options.links));
    });
    socket.on(
      'run:subscribe',
      incoming(zRunRef, (run) => socket.join(room(run.runId)), { event: 'run:subscribe', onError }),
    );
    socket.on(
      'run:unsubscribe',
      incoming(zRunRef, (run) => socket.leave(room(run.runId)), {
        event: 'run:unsubscribe',
        onError,
      }),
    );
  });
  return () => {
    stopRunners();
    stopBusy?.();
    stopEvents();
  };
}
