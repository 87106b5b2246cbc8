import { resolve } from 'node:path';
import { InferenceSession } from 'onnxruntime-node';
import { type InferenceLogger, consoleLogger } from './logger.ts';
import { onnxLoadError } from './onnx-load-error.ts';
import {
  type ExecutionProviderName,
  type SessionConfig,
  type SessionHints,
  configKey,
  providerOrder,
  sessionOptions,
} from './session-config.ts';

/** A loaded onnxruntime session and how it came to be. */
export interface LoadedSession {
  readonly session: InferenceSession;
  /** Absolute path of the ONNX file. */
  readonly file: string;
  /** The provider actually in use. */
  readonly provider: ExecutionProviderName;
  /** What was asked for, in order (`cpu` appended as the last resort). */
  readonly requested: readonly ExecutionProviderName[];
  /** Providers that were tried before `provider` and could not load, with onnxruntime's reason. */
  readonly fallbacks: readonly {
    readonly provider: ExecutionProviderName;
    readonly reason: string;
  }[];
  readonly loadMs: number;
}

export interface SessionRequest {
  readonly file: string;
  /** Identity of the file's content (its sha256), so a changed file gets a new session. */
  readonly contentKey?: string;
  readonly config?: SessionConfig;
  readonly hints?: SessionHints;
  readonly logger?: InferenceLogger;
}

/** How a session is created; onnxruntime's by default, replaceable in tests. */
export type CreateSession = (
  file: string,
  options: InferenceSession.SessionOptions,
) => Promise<InferenceSession>;

const createWithOnnxruntime: CreateSession = (file, options) =>
  InferenceSession.create(file, options);

/**
 * Loads each ONNX file once (per content and session configuration) and hands the same session
 * to every caller; concurrent requests share one load. A failed load is forgotten, so a later
 * request tries again.
 */
export class SessionCache {
  readonly #sessions = new Map<string, Promise<LoadedSession>>();
  readonly #create: CreateSession;

  constructor(options: { create?: CreateSession } = {}) {
    this.#create = options.create ?? createWithOnnxruntime;
  }

  /** Number of sessions held or loading. */
  get size(): number {
    return this.#sessions.size;
  }

  load(request: SessionRequest): Promise<LoadedSession> {
    const file = resolve(request.file);
    const config = request.config ?? {};
    const hints = request.hints ?? {};
    const key = [file, request.contentKey ?? '', configKey(config, hints)].join('\0');
    let loaded = this.#sessions.get(key);
    if (!loaded) {
      loaded = this.#load(file, config, hints, request.logger ?? consoleLogger);
      this.#sessions.set(key, loaded);
      loaded.catch(() => this.#sessions.delete(key));
    }
    return loaded;
  }

  /** Releases every session (shutdown, tests). Sessions handed out before are unusable after. */
  async dispose(): Promise<void> {
    const pending = [...this.#sessions.values()];
    this.#sessions.clear();
    const settled = await Promise.allSettled(pending);
    for (const result of settled) {
      if (result.status === 'fulfilled') await result.value.session.release();
    }
  }

  async #load(
    file: string,
    config: SessionConfig,
    hints: SessionHints,
    logger: InferenceLogger,
  ): Promise<LoadedSession> {
    const requested = providerOrder(config);
    const fallbacks: { provider: ExecutionProviderName; reason: string }[] = [];
    const started = performance.now();
    for (const provider of requested) {
      try {
        const session = await this.#create(file, sessionOptions(config, hints, provider));
        const loadMs = performance.now() - started;
        if (fallbacks.length > 0) {
          logger.warn(`using execution provider ${provider} for ${file}`, {
            requested,
            fallbacks,
          });
        }
        logger.info(`loaded ${file}`, { provider, loadMs: Math.round(loadMs) });
        return { session, file, provider, requested, fallbacks, loadMs };
      } catch (error) {
        if (provider === 'cpu') throw onnxLoadError(file, error);
        const reason = error instanceof Error ? error.message : String(error);
        fallbacks.push({ provider, reason });
        const next = requested[requested.indexOf(provider) + 1] ?? 'cpu';
        logger.warn(`execution provider ${provider} cannot load; falling back to ${next}`, {
          file,
          reason,
        });
      }
    }
    throw onnxLoadError(file, new Error('no execution provider could load the model'));
  }
}

/** The process-wide cache `loadModelPackage` uses unless given another. */
export const processSessionCache = new SessionCache();
