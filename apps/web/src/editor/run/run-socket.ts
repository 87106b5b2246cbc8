// The page's one Socket.IO connection to `/client`, made on first use. It feeds run events (those
// of one animation frame together) and runner lists into the run store, and after every (re)connection subscribes again to the runs
// it watches and catches up on what it missed from the stored run.
import {
  type ClientToHubEvents,
  type HubToClientEvents,
  parseRunEvent,
  parseRunners,
} from '@tessera/protocol';
import { type Socket, io } from 'socket.io-client';
import { perFrame } from './per-frame.ts';
import { messageOf, runClient } from './run-client.ts';
import { type RunShape, isRunEnded } from './run-state.ts';
import { useRuns } from './run-store.ts';
import { whenIdle } from '../../client/when-idle.ts';

type ClientSocket = Socket<HubToClientEvents, ClientToHubEvents>;

const SUBSCRIBE_TIMEOUT_MS = 5000;
const RUN_EVENTS_GAP_MS = 33;
let socket: ClientSocket | undefined;
/** Runs this page listens to, until they end. */
const watched = new Set<string>();

/** Fetches the stored run and merges it into the store. */
export async function catchUp(runId: string, shape?: RunShape): Promise<void> {
  try {
    const snapshot = await runClient().runs.get.query({ id: runId });
    useRuns.getState().applySnapshot(snapshot, shape);
    if (isRunEnded(snapshot.status)) unwatch(runId);
  } catch (error) {
    console.warn(`Could not load run ${runId}: ${messageOf(error)}`);
  }
}

function unwatch(runId: string): void {
  if (!watched.delete(runId)) return;
  socket?.emit('run:unsubscribe', { runId });
}

/**
 * Connects once the page is idle (within a second): the runners' status and run events can wait
 * for the first document to be drawn, and opening the socket costs the starting page time.
 */
export function connectWhenIdle(): () => void {
  return whenIdle(clientSocket, 1_000);
}

export function clientSocket(): ClientSocket {
  if (socket) return socket;
  const s: ClientSocket = io('/client', { transports: ['websocket'] });
  socket = s;
  s.on('connect', () => {
    s.emit('health:subscribe');
    for (const runId of watched) {
      s.emit('run:subscribe', { runId }, () => void catchUp(runId));
    }
  });
  runClient()
    .runners.list.query()
    .then((runners) => {
      if (useRuns.getState().runners === null) useRuns.getState().setRunners(runners);
    })
    .catch(() => undefined);
  s.on('runners:changed', receiveRunners);
  // At most 30 store changes a second: a streamed plan still fills smoothly, and the page leaves
  // more of a small machine to the runner (`pnpm bench:app`, the browser watching).
  s.on('run:event', perFrame(receiveRunEvents, undefined, { minGapMs: RUN_EVENTS_GAP_MS }));
  return s;
}

/** A `runners:changed` payload: the store's runners, when it is a runners list. */
export function receiveRunners(payload: unknown): void {
  const runners = parseRunners(payload);
  if (runners) useRuns.getState().setRunners(runners);
}

/** A `run:event` payload: applied to the store when it is a run event (else ignored). */
export function receiveRunEvent(payload: unknown): void {
  receiveRunEvents([payload]);
}

/** `run:event` payloads, in order: the run events among them applied as one store change. */
export function receiveRunEvents(payloads: readonly unknown[]): void {
  const events = payloads.flatMap((payload) => parseRunEvent(payload) ?? []);
  if (events.length === 0) return;
  useRuns.getState().applyAll(events);
  for (const event of events)
    if (
      event.type === 'run-finished' ||
      event.type === 'run-failed' ||
      event.type === 'run-cancelled'
    )
      unwatch(event.runId);
}

/**
 * Listens to a run's events from now on (resolves once the hub has joined this page to it, or
 * after a timeout), then fetches the stored run once to catch up on events sent before.
 */
export async function watchRun(runId: string, shape?: RunShape): Promise<void> {
  const s = clientSocket();
  watched.add(runId);
  if (s.connected) {
    try {
      await s.timeout(SUBSCRIBE_TIMEOUT_MS).emitWithAck('run:subscribe', { runId });
    } catch {
      // No answer in time: the catch-up below (and the next reconnection) still apply.
    }
  }
  // While disconnected, the `connect` handler subscribes (and catches up) once it connects.
  await catchUp(runId, shape);
}
