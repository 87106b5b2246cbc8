import { describe, expect, it } from 'vitest';
import { promptToPlan } from '../model/test-documents.ts';
import { type Draft, parseDraft, serializeDraft } from './draft.ts';

const draft: Draft = {
  doc: promptToPlan(),
  savedAs: { id: 'wf_1', version: 3 },
  seedModes: { 'plan/seed': 'randomize' },
  dirty: true,
};

describe('draft serialisation', () => {
  it('reads back what it wrote', () => {
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    const unsaved = { ...draft, savedAs: null, seedModes: {}, dirty: false };
    expect(parseDraft(serializeDraft(unsaved))).toEqual(unsaved);
  });

  it('ignores a missing, unreadable or foreign draft', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('[]')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, doc: { format: 'other' } }))).toBeNull();
    expect(
      parseDraft(JSON.stringify({ ...draft, savedAs: { id: 'wf_1', version: 0 } })),
    ).toBeNull();
  });

  it('drops unknown seed modes and treats a missing dirty flag as clean', () => {
    const text = JSON.stringify({
      doc: draft.doc,
      savedAs: null,
      seedModes: { 'plan/seed': 'increment', 'x/seed': 'sometimes' },
    });
    expect(parseDraft(text)).toEqual({
      doc: draft.doc,
      savedAs: null,
      seedModes: { 'plan/seed': 'increment' },
      dirty: false,
    });
  });
});
