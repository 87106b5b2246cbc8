import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.ts';
import { posterWorkflowJson } from './testing/index.ts';

describe('readDocument', () => {
  it('accepts a well-formed document even when its graph is incomplete', () => {
    const doc = { format: 'tessera.workflow', version: 1, name: 'Draft', nodes: [], edges: [] };
    const result = readDocument(doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.description).toBe('');
  });

  it('reads the poster fixture', () => {
    expect(readDocument(posterWorkflowJson()).ok).toBe(true);
  });

  it('refuses a newer version and a foreign format with a problem each', () => {
    const newer = readDocument({
      format: 'tessera.workflow',
      version: 2,
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
});
