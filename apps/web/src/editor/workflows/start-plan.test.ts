import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/document-ops.ts';
import type { Draft } from './draft.ts';
import { planStart } from './start-plan.ts';

const draft = (savedAs: Draft['savedAs'], dirty: boolean): Draft => ({
  doc: emptyDocument('D'),
  savedAs,
  seedModes: {},
  dirty,
});

describe('planStart', () => {
  it('opens the poster template on a first visit, else an empty canvas', () => {
    expect(planStart({ urlId: null, draft: null, firstVisit: true })).toEqual({ kind: 'template' });
    expect(planStart({ urlId: null, draft: null, firstVisit: false })).toEqual({ kind: 'empty' });
  });

  it('restores a draft when the address names no workflow', () => {
    const unsaved = draft(null, true);
    expect(planStart({ urlId: null, draft: unsaved, firstVisit: true })).toEqual({
      kind: 'draft',
      draft: unsaved,
    });
  });

  it('reloads a saved, unchanged draft from the server, keeping the draft as fallback', () => {
    const clean = draft({ id: 'wf_1', version: 2 }, false);
    expect(planStart({ urlId: null, draft: clean, firstVisit: false })).toEqual({
      kind: 'saved',
      id: 'wf_1',
      otherwise: { kind: 'draft', draft: clean },
    });
  });

  it('prefers unsaved changes to the workflow the address names', () => {
    const changed = draft({ id: 'wf_1', version: 2 }, true);
    expect(planStart({ urlId: 'wf_1', draft: changed, firstVisit: false })).toEqual({
      kind: 'draft',
      draft: changed,
    });
  });

  it('otherwise loads the named workflow, falling back as without an address', () => {
    const other = draft({ id: 'wf_9', version: 1 }, true);
    expect(planStart({ urlId: 'wf_1', draft: other, firstVisit: false })).toEqual({
      kind: 'saved',
      id: 'wf_1',
      otherwise: { kind: 'draft', draft: other },
    });
    expect(planStart({ urlId: 'wf_1', draft: null, firstVisit: true })).toEqual({
      kind: 'saved',
      id: 'wf_1',
      otherwise: { kind: 'template' },
    });
  });
});
