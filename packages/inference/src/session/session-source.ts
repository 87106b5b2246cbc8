import type { InferenceSession } from 'onnxruntime-node';

/**
 * Hands out the loaded, checked onnxruntime session of one stage of a model package
 * (`planner`, `expander`, `decoder`, `upscale-x2`, …). Each file is loaded once per process.
 * Samplers depend on this interface only, so tests can hand them any session.
 */
export interface SessionSource {
  session(stage: string): Promise<InferenceSession>;
}
