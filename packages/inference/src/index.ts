// @tessera/inference: model packages, onnxruntime sessions, samplers, codecs.

// --- model packages, manifests, sessions, codebooks (manifest/, session/, codebook/) ---
export type { SessionSource } from './session/session-source.ts';

// --- samplers, tokenizer, glyph maps, pipeline stages (rng/, sampling/, planner/, expander/, decoder/, glyphs/, pipeline/) ---

// --- upscaler (upscale/) ---
