import type { LoadedModel } from '../context/capabilities.ts';

const absent = (what: string): Error => new Error(`this fake model has no ${what}`);

function missing(what: string): never {
  throw absent(what);
}

/**
 * A `LoadedModel` for tests that need only part of one (the provenance, a codebook): members not
 * given throw, naming themselves, when used.
 */
export function fakeModel(given: Partial<LoadedModel> = {}): LoadedModel {
  const id = given.id ?? 'fake-model';
  return {
    id,
    provenance: given.provenance ?? { id, revision: 1, files: { 'model.onnx': '0'.repeat(64) } },
    sessions: given.sessions ?? { session: (stage) => Promise.reject(absent(`session ${stage}`)) },
    get pipeline() {
      return given.pipeline ?? missing('pipeline');
    },
    codebookFor: given.codebookFor ?? (() => missing('codebook')),
  };
}
