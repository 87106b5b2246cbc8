import type { InferenceSession } from 'onnxruntime-node';

/** A session whose `run` calls add their wall time to `runSeconds`; everything else is forwarded. */
export interface TimedSession {
  readonly session: InferenceSession;
  /** Seconds spent inside `session.run` since the last {@link reset}. */
  readonly runSeconds: () => number;
  readonly reset: () => void;
}

/**
 * Wraps `session` to time its `run` calls, so the time a sampler spends outside the model can be
 * measured inside one sampling run (immune to load drift between runs). The wrapper's own cost
 * counts as sampler time, so the figure errs high.
 */
export function timedSession(session: InferenceSession): TimedSession {
  let total = 0;
  // The samplers call run(feeds) only.
  const run = async (feeds: InferenceSession.FeedsType): Promise<InferenceSession.ReturnType> => {
    const t0 = performance.now();
    const result = await session.run(feeds);
    total += performance.now() - t0;
    return result;
  };
  const wrapped = new Proxy(session, {
    get: (target, key): unknown => (key === 'run' ? run : Reflect.get(target, key, target)),
  });
  return {
    session: wrapped,
    runSeconds: () => total / 1000,
    reset: () => {
      total = 0;
    },
  };
}
