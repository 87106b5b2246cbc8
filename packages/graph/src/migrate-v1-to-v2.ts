import type { RawDocument } from './migrations.ts';

/**
 * Version 1 → 2. Version 2 added `components`: definitions instantiated by `component:<id>`
 * nodes, each optionally pinned to a library component by `source`. A version-1 document has
 * none, so its nodes, edges, params, models and sweep carry over as they are and it means exactly
 * what it meant; only `version` changes (`migrateDocument` sets it). Development builds wrote
 * `components` into version-1 documents before the bump; those definitions already have the
 * version-2 shape and are kept.
 */
export function migrateV1ToV2(doc: RawDocument): RawDocument {
  return doc;
}
