import { describe, expect, it } from 'vitest';
import { WorkflowConflictError } from '../errors/workflow-conflict-error.ts';
import type { WorkflowRecord } from './workflow-records.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';

describe.each(providers)('concurrent saves on %s', (provider) => {
  const t = useTestDatabase(provider);

  it('two writers with the same expected version: one wins, the other gets a conflict, nothing is lost', async () => {
    const created = await t.db.workflows.create({
      name: 'Contested',
      document: workflowDocument('base'),
    });
    // Two separate Prisma clients (separate connections), as two server processes would have.
    const [alice, bob] = [t.db, await t.openAnother()];

    const results = await Promise.allSettled([
      alice.workflows.save({
        id: created.id,
        expectedVersion: 1,
        document: workflowDocument('alice'),
      }),
      bob.workflows.save({ id: created.id, expectedVersion: 1, document: workflowDocument('bob') }),
    ]);

    const won = results.filter(
      (r): r is PromiseFulfilledResult<WorkflowRecord> => r.status === 'fulfilled',
    );
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict: unknown = lost[0]?.reason;
    expect(conflict).toBeInstanceOf(WorkflowConflictError);
    if (!(conflict instanceof WorkflowConflictError)) return;
    expect(conflict.currentVersion).toBe(2);

    const winner = won[0]?.value;
    const current = await t.db.workflows.get(created.id);
    expect(current).toMatchObject({ version: 2, document: winner?.document });

    // The loser's document is recoverable from the version history.
    const loserDocument =
      winner?.document.name === 'alice' ? workflowDocument('bob') : workflowDocument('alice');
    expect((await t.db.workflows.getVersionById(conflict.conflictVersionId))?.document).toEqual(
      loserDocument,
    );
    const versions = await t.db.workflows.listVersions(created.id);
    expect(versions.map((v) => v.document.name).sort()).toEqual(['alice', 'base', 'bob']);
  });

  it('many writers racing on one version: exactly one save is accepted, every document kept', async () => {
    const created = await t.db.workflows.create({
      name: 'Crowded',
      document: workflowDocument('base'),
    });
    const clients = [t.db, await t.openAnother(), await t.openAnother()];
    const writers = Array.from({ length: 6 }, (_, i) => i);

    const results = await Promise.allSettled(
      writers.map((i) =>
        clients[i % clients.length]!.workflows.save({
          id: created.id,
          expectedVersion: 1,
          document: workflowDocument(`w${i}`),
        }),
      ),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(reasons).toHaveLength(5);
    expect(reasons.every((reason) => reason instanceof WorkflowConflictError)).toBe(true);
    const names = (await t.db.workflows.listVersions(created.id))
      .map((v) => v.document.name)
      .sort();
    expect(names).toEqual(['base', ...writers.map((i) => `w${i}`)].sort());
    expect((await t.db.workflows.get(created.id))?.version).toBe(2);
  });

  it('writers that each reload after a conflict all get their save in, in turn', async () => {
    const created = await t.db.workflows.create({
      name: 'Queue',
      document: workflowDocument('base'),
    });
    const clients = [t.db, await t.openAnother()];
    const saveWithReload = async (i: number) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const client = clients[i % clients.length]!;
        const latest = await client.workflows.get(created.id);
        try {
          return await client.workflows.save({
            id: created.id,
            expectedVersion: latest!.version,
            document: workflowDocument(`r${i}`),
          });
        } catch (error) {
          if (!(error instanceof WorkflowConflictError)) throw error;
        }
      }
      throw new Error(`writer ${i} never got its save in`);
    };
    await Promise.all([0, 1, 2, 3].map(saveWithReload));
    const saved = (await t.db.workflows.listVersions(created.id)).filter((v) => v.kind === 'saved');
    expect(saved.map((v) => v.version).sort()).toEqual([2, 3, 4, 5]);
    expect((await t.db.workflows.get(created.id))?.version).toBe(5);
  });
});
