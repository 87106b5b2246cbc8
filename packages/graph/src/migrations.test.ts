import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration, migrateDocument } from './migrations.ts';
import { createToyCatalogue, sampleWorkflowJson } from './testing/index.ts';
import { validate } from './validate.ts';
import { CURRENT_WORKFLOW_VERSION } from './workflow-schema.ts';

const sample = () => sampleWorkflowJson() as Record<string, unknown>;

describe('migrateDocument', () => {
  it('passes a current document through unchanged', () => {
    const doc = sample();
    expect(migrateDocument(doc)).toEqual({ ok: true, document: doc });
    expect(CURRENT_WORKFLOW_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
  });

  it('refuses version 3 and says which version this build supports', () => {
    const result = migrateDocument({ ...sample(), version: 3 });
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'newer_version', path: ['version'] },
    });
    if (result.ok) return;
    expect(result.problem.message).toContain('version 3');
    expect(result.problem.message).toContain('supports workflow version 2');
  });

  it('runs an older document through each step of an injected table, in order', () => {
    // A pretend history: v1 called edges "links"; v2 renamed "title" to "name".
    const migrations: Record<number, Migration> = {
      1: ({ links, ...rest }) => ({ ...rest, edges: links }),
      2: ({ title, ...rest }) => ({ ...rest, name: title }),
    };
    const v1 = { format: 'tessera.workflow', version: 1, title: 'Old', links: [], nodes: [] };
    const result = migrateDocument(v1, { migrations, currentVersion: 3 });
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      document: { format: 'tessera.workflow', version: 3, name: 'Old', edges: [], nodes: [] },
    });
    expect(v1).toHaveProperty('links');
  });

  it('lets validate load an older document through the table', () => {
    const { nodes, edges, ...rest } = sample();
    const v0 = { ...rest, version: 0, graph: { nodes, edges } };
    const migrations: Record<number, Migration> = {
      ...MIGRATIONS,
      0: ({ graph, ...doc }) => ({ ...doc, ...(graph as object) }),
    };
    const result = validate(v0, createToyCatalogue(), { migrations });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.document.version).toBe(2);
  });

  it('reports a missing step or a failing migration as a problem, not a throw', () => {
    const missing = migrateDocument({ ...sample(), version: 0 });
    expect(missing).toMatchObject({ ok: false, problem: { code: 'migration_failed' } });
    const failing = migrateDocument(
      { ...sample(), version: 0 },
      {
        migrations: {
          0: () => {
            throw new Error('bad node list');
          },
        },
      },
    );
    expect(failing).toMatchObject({ ok: false, problem: { code: 'migration_failed' } });
    if (!failing.ok) expect(failing.problem.message).toContain('bad node list');
  });
});
