// Test support: the real tessera-tiny package, loaded once per test file (vitest isolates files).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InferenceSession } from 'onnxruntime-node';
import type { SessionSource } from '../session/session-source.ts';
import { createPipelineModel, type PipelineModel } from './pipeline-model.ts';

export const TINY_MODEL_DIR = resolve(import.meta.dirname, '../../../../models/tessera-tiny');

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(TINY_MODEL_DIR, path), 'utf8'));

let model: PipelineModel | undefined;

/** Constants and glyph atlas of models/tessera-tiny. */
export function tinyModel(): PipelineModel {
  model ??= createPipelineModel(readJson('model.json'), readJson('glyph_atlas.json'));
  return model;
}

const FILES: Readonly<Record<string, string>> = {
  planner: 'onnx/planner.onnx',
  expander: 'onnx/expander.onnx',
  decoder: 'onnx/decoder.onnx',
};

const sessions = new Map<string, Promise<InferenceSession>>();

/** Sessions on the real ONNX files: one thread, sequential, so runs are reproducible. */
export const tinySessions: SessionSource = {
  session(stage: string): Promise<InferenceSession> {
    const file = FILES[stage];
    if (file === undefined)
      return Promise.reject(new Error(`no test session for stage "${stage}"`));
    let s = sessions.get(stage);
    if (s === undefined) {
      s = InferenceSession.create(resolve(TINY_MODEL_DIR, file), {
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
      });
      sessions.set(stage, s);
    }
    return s;
  },
};
