import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.ts';
import { readDocument } from './read-document.ts';
import { sampleWorkflowJson } from './testing/index.ts';

describe('readDocument', () => {
  it('accepts a well-formed document even when its graph is incomplete', () => {
    const doc = { format: 'tessera.workflow', version: 1, name: 'Draft', nodes: [], edges: [] };
    const result = readDocument(doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.description).toBe('');
  });

  it('reads the sample fixture', () => {
    expect(readDocument(sampleWorkflowJson()).ok).toBe(true);
  });

  it('refuses a newer version and a foreign format with a problem each', () => {
    const newer = readDocument({
      format: 'tessera.workflow',
      version: 3,
      name: 'x',
      nodes: [],
      edges: [],
    });
    expect(newer.ok).toBe(false);
    expect(newer.problems.map((p) => p.code)).toEqual(['newer_version']);
    const foreign = readDocument({ last_node_id: 3, nodes: [] });
    expect(foreign.ok).toBe(false);
    expect(foreign.problems[0]?.code).toBe('wrong_format');
  });

  it('reports a malformed node with its path', () => {
    const result = readDocument({
      format: 'tessera.workflow',
      version: 1,
      name: 'x',
      nodes: [{ id: 1 }],
      edges: [],
    });
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.path[0] === 'nodes')).toBe(true);
  });

  it('reads pinned model packages and refuses a pin that is not a sha256, naming where', () => {
    const pinned = {
      ...(sampleWorkflowJson() as object),
      models: { 'toy-model': 'c'.repeat(64) },
    };
    const read = readDocument(pinned);
    expect(read.ok && read.document.models).toEqual({ 'toy-model': 'c'.repeat(64) });
    const bad = readDocument({ ...pinned, models: { 'toy-model': 'v1' } });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => p.path)).toEqual([['models', 'toy-model']]);
  });

  it('refuses version 0 with the versions involved: this build has no migration from it', () => {
    const old = readDocument({ format: 'tessera.workflow', version: 0, name: 'x', nodes: [] });
    expect(old.ok).toBe(false);
    expect(old.problems[0]?.code).toBe('migration_failed');
    expect(old.problems[0]?.message).toContain('version 0');
    expect(old.problems[0]?.message).toContain('reads version 2');
  });

  it('migrates an older document through a migration table, then checks its shape', () => {
    // A version 0 that kept the graph under one key, as a migration would have to undo.
    const v0 = {
      format: 'tessera.workflow',
      version: 0,
      title: 'Old',
      graph: { nodes: [{ id: 'p', type: 'toy.text', params: { text: 'hi' } }], edges: [] },
    };
    const read = readDocument(v0, {
      migrations: {
        ...MIGRATIONS,
        0: ({ title, graph, ...rest }) => ({
          ...rest,
          name: title,
          ...(graph as { nodes: unknown[]; edges: unknown[] }),
        }),
      },
    });
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.document).toMatchObject({ version: 2, name: 'Old', edges: [] });
      expect(read.document.nodes.map((n) => n.id)).toEqual(['p']);
    }
  });
});
