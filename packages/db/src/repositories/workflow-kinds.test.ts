import { readDocument } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json.ts';
import { workflowDocument } from '../testing/fixtures.ts';
import { providers, useTestDatabase } from '../testing/test-database.ts';
import { WorkflowSharing } from './workflow-sharing.ts';

describe.each(providers)('components beside workflows on %s', (provider) => {
  const t = useTestDatabase(provider);

  const seed = async () => {
    const poster = await t.db.workflows.create({
      name: 'Poster',
      document: workflowDocument('Poster'),
    });
    const planner = await t.db.workflows.create({
      kind: 'component',
      name: 'Poster planner',
      description: 'plan then expand',
      tags: ['planning'],
      document: workflowDocument('Poster planner'),
    });
    return { poster, planner };
  };

  it('lists each kind in its own library, searched and tagged the same way', async () => {
    const { poster, planner } = await seed();
    expect(poster.kind).toBe('workflow');
    expect(planner.kind).toBe('component');
    const names = async (query: Parameters<typeof t.db.workflows.library>[0]) =>
      (await t.db.workflows.library(query)).map((entry) => `${entry.kind}:${entry.name}`);
    expect(await names({ search: 'poster' })).toEqual(['workflow:Poster']);
    expect(await names({ kind: 'component', search: 'poster' })).toEqual([
      'component:Poster planner',
    ]);
    expect(await names({ kind: 'component', tags: ['planning'], search: 'EXPAND' })).toEqual([
      'component:Poster planner',
    ]);
    expect((await t.db.workflows.list({ kind: 'component' })).map((w) => w.id)).toEqual([
      planner.id,
    ]);
    expect(await t.db.workflows.list()).toHaveLength(2);
  });

  it('versions a component like a workflow, and keeps the kind through copies and forks', async () => {
    const { planner } = await seed();
    const saved = await t.db.workflows.save({
      id: planner.id,
      expectedVersion: planner.version,
      document: workflowDocument('Poster planner', 'another prompt'),
    });
    expect(saved.version).toBe(2);
    expect((await t.db.workflows.getVersion(planner.id, 1))?.document).toEqual(
      workflowDocument('Poster planner'),
    );
    expect((await t.db.workflows.duplicate(planner.id)).kind).toBe('component');
    expect((await new WorkflowSharing(t.db.prisma).fork(planner.id)).kind).toBe('component');
  });

  it('keeps a version-1 document stored before the bump, which still reads as version 2', async () => {
    const v1: JsonObject = { ...workflowDocument('Old poster'), version: 1 };
    const old = await t.db.workflows.create({ name: 'Old poster', document: v1 });
    const stored = await t.db.workflows.get(old.id);
    expect(stored?.document).toEqual(v1);
    const read = readDocument(stored?.document);
    expect(read.ok && read.document.version).toBe(2);
    expect(read.ok && read.document.nodes.map((node) => node.id)).toEqual(['prompt', 'plan']);
  });
});
