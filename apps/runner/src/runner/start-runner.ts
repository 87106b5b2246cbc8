// A runner: connects to the hub's /runner namespace, advertises itself, heartbeats, executes
// one node job at a time and reports on it; reconnects with backoff; shuts down gracefully.
import {
  type Clock,
  type ModelAccess,
  type NodeRegistry,
  type OutputFiles,
  createBuiltinRegistry,
  createOutputFolder,
  lazyModelAccess,
  systemClock,
} from '@tessera/nodes';
import {
  type HubToRunnerEvents,
  type RunnerToHubEvents,
  incoming,
  zJobOffer,
  zJobRef,
} from '@tessera/protocol';
import {
  EXECUTION_PROVIDERS,
  type ExecutionProviderName,
  warmUpPipeline,
} from '@tessera/inference';
import { type Socket, io } from 'socket.io-client';
import { buildHello, describeModel, memoryNow } from './advertisement.ts';
import { type JobTrace, JobSlot } from './job-slot.ts';
import { modelRefusal } from './model-check.ts';

export interface RunnerOptions {
  /** The hub's base URL, e.g. `http://127.0.0.1:3000`. */
  readonly hubUrl: string;
  readonly token: string;
  readonly name: string;
  /** Node types to advertise (default: every type of the registry). */
  readonly nodes?: readonly string[];
  /** Execution providers to advertise (default `['cpu']`). */
  readonly providers?: readonly string[];
  /** The model package: advertised with its hashes, its sessions created before connecting. */
  readonly modelDir?: string;
  /** Where `image.save` writes (default `out`). */
  readonly outputDir?: string;
  readonly registry?: NodeRegistry;
  readonly models?: ModelAccess;
  readonly files?: OutputFiles;
  readonly clock?: Clock;
  readonly heartbeatMs?: number;
  /** Reconnection backoff: first delay and cap, in ms (default 500 and 10,000, ±50 %). */
  readonly backoff?: { readonly minMs: number; readonly maxMs: number };
  readonly log?: (line: string) => void;
  /** Observes every job this runner accepts and what it sends back (tracing, tests). */
  readonly trace?: JobTrace;
}

export type { JobTrace };

export type ShutdownOutcome = 'idle' | 'finished' | 'handed-back';

export interface RunningRunner {
  readonly name: string;
  readonly nodeTypes: readonly string[];
  /** Resolves when first connected; rejects when the hub refuses the runner (wrong token). */
  readonly connected: Promise<void>;
  /** The job executing now, if any. */
  currentJob(): string | undefined;
  /**
   * Takes no new job; lets the current one finish within `graceMs` (default 10 s) or hands it
   * back to the hub; then disconnects.
   */
  shutdown(options?: { graceMs?: number }): Promise<ShutdownOutcome>;
}

type RunnerSocket = Socket<HubToRunnerEvents, RunnerToHubEvents>;

/**
 * The advertised providers as session providers, in order; onnxruntime falls back to CPU (logged)
 * when one cannot load. Throws naming an unknown provider.
 */
function sessionProviders(providers: readonly string[]): ExecutionProviderName[] {
  return providers.map((name) => {
    const known = EXECUTION_PROVIDERS.find((provider) => provider === name);
    if (!known) {
      throw new Error(
        `Unknown execution provider "${name}" (known: ${EXECUTION_PROVIDERS.join(', ')})`,
      );
    }
    return known;
  });
}

/**
 * Loads the model package with every session and runs each stage once (the first job does not pay
 * onnxruntime's first-inference set-up). A failure is logged, not thrown: the runner still
 * connects, and the jobs that need the model fail with the reason (the load is tried again then).
 */
async function warmUp(models: ModelAccess, name: string, log: (line: string) => void) {
  const begun = performance.now();
  try {
    const model = await models.load();
    const loadedMs = Math.round(performance.now() - begun);
    const stages = new Set(model.stageNames ?? []);
    await warmUpPipeline(model.sessions, model.pipeline, (stage) => stages.has(stage));
    const warmMs = Math.round(performance.now() - begun) - loadedMs;
    log(`runner ${name}: model sessions ready in ${loadedMs} ms, warmed up in ${warmMs} ms`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`runner ${name}: the model package could not be loaded (${reason})`);
  }
}

/** Starts a runner. It runs until `shutdown()` (or a refusal from the hub). */
export async function startRunner(options: RunnerOptions): Promise<RunningRunner> {
  const log = options.log ?? ((line: string) => console.log(line));
  const providers = options.providers ?? ['cpu'];
  const registry = options.registry ?? createBuiltinRegistry();
  const nodeTypes = [...(options.nodes ?? registry.list().map((node) => node.spec.type))];
  for (const type of nodeTypes) registry.get(type); // throws naming an unknown type
  const models = options.modelDir ? [await describeModel(options.modelDir)] : [];
  // With injected model access (tests), what it holds is not known here: no check.
  const heldModelIds = options.models ? undefined : models.map((model) => model.id);
  const modelAccess =
    options.models ??
    (options.modelDir
      ? lazyModelAccess(options.modelDir, {
          session: { providers: sessionProviders(providers) },
          preload: true,
        })
      : { load: () => Promise.reject(new Error('This runner has no model package')) });
  // Its sessions are created before the runner connects: the first job does not wait for them.
  if (options.modelDir && !options.models) await warmUp(modelAccess, options.name, log);
  const hello = buildHello({
    token: options.token,
    name: options.name,
    nodeTypes,
    providers,
    models,
  });
  const backoff = options.backoff ?? { minMs: 500, maxMs: 10_000 };
  const socket: RunnerSocket = io(`${options.hubUrl.replace(/\/+$/, '')}/runner`, {
    auth: hello,
    transports: ['websocket'],
    reconnectionDelay: backoff.minMs,
    reconnectionDelayMax: backoff.maxMs,
    randomizationFactor: 0.5,
  });
  const slot = new JobSlot(
    socket,
    {
      registry,
      models: modelAccess,
      files: options.files ?? createOutputFolder(options.outputDir ?? 'out'),
      clock: options.clock ?? systemClock,
    },
    options.trace,
  );
  let draining = false;

  const connected = new Promise<void>((resolve, reject) => {
    socket.on('connect', () => {
      log(`runner ${options.name}: connected to ${options.hubUrl}`);
      resolve();
    });
    socket.on('connect_error', (error) => {
      if (socket.active) {
        log(`runner ${options.name}: cannot reach the hub (${error.message}); retrying`);
        return;
      }
      log(`runner ${options.name}: refused by the hub: ${error.message}`);
      reject(new Error(error.message));
    });
  });
  connected.catch(() => undefined); // a refusal is reported to whoever awaits `connected`
  socket.on('disconnect', (reason) => {
    log(`runner ${options.name}: disconnected (${reason})`);
    slot.abandon('the connection to the hub was lost');
  });

  const onError = (message: string): void => log(`runner ${options.name}: ${message}`);
  socket.on(
    'job:offer',
    incoming(
      zJobOffer,
      (offer) => {
        if (draining) throw new Error('The runner is shutting down');
        if (!nodeTypes.includes(offer.nodeType))
          throw new Error(`This runner does not advertise ${offer.nodeType}`);
        const refusal = heldModelIds && modelRefusal(offer.params, heldModelIds);
        if (refusal) throw new Error(refusal);
        slot.start(offer);
      },
      { event: 'job:offer', onError },
    ),
  );
  socket.on(
    'job:cancel',
    incoming(zJobRef, (job) => slot.cancel(job.jobId), { event: 'job:cancel', onError }),
  );

  const heartbeat = setInterval(() => {
    if (socket.connected)
      socket.emit('runner:heartbeat', {
        at: Date.now(),
        jobId: slot.jobId ?? null,
        memory: memoryNow(),
      });
  }, options.heartbeatMs ?? 5_000);
  heartbeat.unref();

  async function shutdown(shutdownOptions: { graceMs?: number } = {}): Promise<ShutdownOutcome> {
    draining = true;
    clearInterval(heartbeat);
    let outcome: ShutdownOutcome = 'idle';
    if (slot.jobId !== undefined) {
      const finished = await slot.settled(shutdownOptions.graceMs ?? 10_000);
      outcome = finished ? 'finished' : 'handed-back';
      if (!finished) await slot.handBack('the runner is shutting down');
    }
    socket.disconnect();
    return outcome;
  }

  return { name: options.name, nodeTypes, connected, currentJob: () => slot.jobId, shutdown };
}
