import { describe, expect, it } from 'vitest';
import { asId, type NodeId } from '../ids.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

describe.each(providers)('NodeOutputRepository on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('keeps a node’s outputs by cache key, readable from another connection', async () => {
    const run = await t.db.runs.create({ document: workflowDocument('kept') });
    await t.db.nodeOutputs.put({
      cacheKey: 'key-1',
      ownerId: null,
      runId: run.id,
      nodeId: asId<NodeId>('plan'),
      outputs: { plan: { artifactId: 'a1' } },
      display: null,
    });
    const other = await t.openAnother();
    expect(await other.nodeOutputs.get('key-1')).toMatchObject({
      runId: run.id,
      nodeId: 'plan',
      outputs: { plan: { artifactId: 'a1' } },
      display: null,
    });
    expect(await other.nodeOutputs.get('key-2')).toBeNull();
  });

  it('replaces an entry when the key is computed again, and forgets a deleted one', async () => {
    const first = await t.db.runs.create({ document: workflowDocument('first') });
    const second = await t.db.runs.create({ document: workflowDocument('second') });
    const entry = { cacheKey: 'key-3', ownerId: null, nodeId: asId<NodeId>('save') };
    await t.db.nodeOutputs.put({ ...entry, runId: first.id, outputs: {}, display: null });
    await t.db.nodeOutputs.put({
      ...entry,
      runId: second.id,
      outputs: {},
      display: { kind: 'saved' },
    });
    expect(await t.db.nodeOutputs.get('key-3')).toMatchObject({
      runId: second.id,
      display: { kind: 'saved' },
    });
    await t.db.nodeOutputs.delete('key-3');
    expect(await t.db.nodeOutputs.get('key-3')).toBeNull();
  });
});
