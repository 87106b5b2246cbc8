import { readDocument, validate } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../model/catalogue.ts';
import { addNode, emptyDocument } from '../model/document-ops.ts';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { missingOf } from '../missing/missing-of.ts';
import { runBlocker } from './run-blocker.ts';

const errorsOf = (doc: unknown) => ({
  errors: validate(doc, catalogue).problems.filter((p) => p.severity === 'error'),
});
const runner = { name: 'r1', nodeTypes: ['prompt'], providers: ['cpu'] };

describe('runBlocker', () => {
  it('names the number of problems and the first one', () => {
    const doc = addNode(emptyDocument('x'), 'ar.plan', { x: 0, y: 0 }).doc;
    const { errors } = errorsOf(doc);
    expect(errors.length).toBeGreaterThan(1);
    expect(runBlocker({ errors }, [runner])).toBe(
      `Fix ${errors.length} problems first: ${errors[0]?.message}`,
    );
  });

  it('asks for a runner when none is connected, and not before the hub has said', () => {
    const ok = errorsOf(poster);
    expect(ok.errors).toEqual([]);
    expect(runBlocker(ok, [])).toBe('No runner connected');
    expect(runBlocker(ok, null)).toBeNull();
    expect(runBlocker(ok, [runner])).toBeNull();
  });

  it('then names a model no connected runner holds, with the node that needs it', () => {
    const ok = errorsOf(poster);
    const bare = { ...runner, nodeTypes: catalogue.list().map((spec) => spec.type), models: [] };
    const read = readDocument(poster);
    if (!read.ok) throw new Error('the poster fixture does not read');
    expect(runBlocker(ok, [bare], missingOf(read.document, [bare]))).toBe(
      'No connected runner has the model tessera-tiny, needed by “plan”',
    );
  });
});
