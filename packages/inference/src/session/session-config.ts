import type { InferenceSession } from 'onnxruntime-node';

/** Execution providers this library knows how to ask onnxruntime-node for. */
export const EXECUTION_PROVIDERS = ['cpu', 'cuda', 'webgpu'] as const;
export type ExecutionProviderName = (typeof EXECUTION_PROVIDERS)[number];

/** How sessions are created. Everything is optional; the defaults are CPU and deterministic. */
export interface SessionConfig {
  /**
   * Providers in order of preference (default `['cpu']`). Each is tried in turn; one that
   * cannot load is logged and skipped, and `cpu` is always the last resort.
   */
  readonly providers?: readonly ExecutionProviderName[];
  /** Threads inside one operator. Default: the stage's `recommendedSession`, else onnxruntime's. */
  readonly intraOpNumThreads?: number;
  /** Threads across operators; only used when `deterministic` is false. */
  readonly interOpNumThreads?: number;
  /**
   * Sequential execution with a fixed thread count, so the same inputs give byte-identical
   * outputs on the same machine. Default true.
   */
  readonly deterministic?: boolean;
  readonly graphOptimizationLevel?: 'disabled' | 'basic' | 'extended' | 'all';
  /** onnxruntime's own log level: 0 verbose … 4 fatal. Default 3 (errors). */
  readonly logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
}

/** Per-stage suggestions from the manifest (`recommendedSession`); the config wins. */
export interface SessionHints {
  readonly intraOpNumThreads?: number | undefined;
  readonly interOpNumThreads?: number | undefined;
}

/** The provider list to try, in order, ending with `cpu`, without repeats. */
export function providerOrder(config: SessionConfig): ExecutionProviderName[] {
  const order = [...(config.providers ?? ['cpu'])];
  order.push('cpu');
  return order.filter((name, i) => order.indexOf(name) === i);
}

/** onnxruntime options for one attempt with one provider (CPU kept as its helper). */
export function sessionOptions(
  config: SessionConfig,
  hints: SessionHints,
  provider: ExecutionProviderName,
): InferenceSession.SessionOptions {
  const deterministic = config.deterministic ?? true;
  const intraOpNumThreads = config.intraOpNumThreads ?? hints.intraOpNumThreads;
  const interOpNumThreads = deterministic
    ? 1
    : (config.interOpNumThreads ?? hints.interOpNumThreads);
  return {
    executionProviders: provider === 'cpu' ? ['cpu'] : [provider, 'cpu'],
    executionMode: deterministic ? 'sequential' : 'parallel',
    graphOptimizationLevel: config.graphOptimizationLevel ?? 'all',
    logSeverityLevel: config.logSeverityLevel ?? 3,
    ...(intraOpNumThreads === undefined ? {} : { intraOpNumThreads }),
    ...(interOpNumThreads === undefined ? {} : { interOpNumThreads }),
  };
}

/** A stable string for everything in the config that changes the session (cache key). */
export function configKey(config: SessionConfig, hints: SessionHints): string {
  const providers = providerOrder(config);
  return JSON.stringify([providers, sessionOptions(config, hints, 'cpu')]);
}
