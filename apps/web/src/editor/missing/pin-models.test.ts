import { readDocument } from '@tessera/graph';
import type { RunnerSummary } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { pinModels } from './pin-models.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const read = readDocument(poster);
if (!read.ok) throw new Error('the poster fixture does not read');
const doc = read.document;

const runner = (sha256: string): RunnerSummary => ({
  name: sha256.slice(0, 1),
  nodeTypes: [],
  providers: [],
  models: [{ id: 'tessera-tiny', revision: 1, sha256 }],
});

describe('pinModels', () => {
  it('pins the package the runners hold for each model the nodes name', () => {
    expect(pinModels(doc, [runner(A), runner(A)]).models).toEqual({ 'tessera-tiny': A });
  });

  it('pins nothing when runners disagree or hold nothing, and leaves the document as it was', () => {
    expect(pinModels(doc, [runner(A), runner(B)])).toBe(doc);
    expect(pinModels(doc, null)).toBe(doc);
  });

  it('keeps a pin the document already has', () => {
    const pinned = { ...doc, models: { 'tessera-tiny': B } };
    expect(pinModels(pinned, [runner(A)]).models).toEqual({ 'tessera-tiny': B });
  });
});
