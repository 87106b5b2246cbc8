import { describe, expect, it } from 'vitest';
import { catalogue, theProblem, validateRawSample } from './test-support.ts';
import { sampleWorkflowJson } from './testing/index.ts';
import { validate } from './validate.ts';

describe('validate: envelope and shape', () => {
  it('not_an_object: refuses anything but a JSON object', () => {
    for (const input of [null, 3, 'workflow', [], true, undefined]) {
      const result = validate(input, catalogue);
      expect(result.ok).toBe(false);
      expect(theProblem(result, 'not_an_object').message).toContain('must be a JSON object');
    }
  });

  it('wrong_format: refuses another format and names the expected one', () => {
    const result = validateRawSample((doc) => (doc.format = 'comfyui'));
    const problem = theProblem(result, 'wrong_format');
    expect(problem.path).toEqual(['format']);
    expect(problem.message).toContain('"tessera.workflow"');
    expect(problem.message).toContain('"comfyui"');
  });

  it('newer_version: refuses a newer document and says which version this build supports', () => {
    const problem = theProblem(
      validateRawSample((doc) => (doc.version = 7)),
      'newer_version',
    );
    expect(problem.message).toMatch(/version 7.*supports workflow version 2/);
  });

  it('invalid_version: refuses a version that is not a whole number', () => {
    for (const version of ['1', 1.5, -1, null, undefined]) {
      const problem = theProblem(
        validateRawSample((doc) => (doc.version = version)),
        'invalid_version',
      );
      expect(problem.path).toEqual(['version']);
    }
  });

  it('migration_failed: reports an older version with no upgrade path', () => {
    const problem = theProblem(
      validateRawSample((doc) => (doc.version = 0)),
      'migration_failed',
    );
    expect(problem.message).toContain('version 0');
  });

  it('malformed_document: reports each shape error with its path and node', () => {
    const result = validateRawSample((doc) => {
      delete doc.name;
      const nodes = doc.nodes as Record<string, unknown>[];
      nodes[2]!.position = { x: 'left', y: 0 };
      delete nodes[3]!.type;
    });
    expect(result.ok).toBe(false);
    expect(result.document).toBeUndefined();
    const shape = result.problems.filter((p) => p.code === 'malformed_document');
    expect(shape.map((p) => p.path)).toEqual([
      ['name'],
      ['nodes', 2, 'position', 'x'],
      ['nodes', 3, 'type'],
    ]);
    expect(shape[1]).toMatchObject({ nodeId: 'paint' });
    expect(shape[1]!.message).toBe(
      'Node "paint" is malformed: field "position.x" must be a number, but it is "left".',
    );
    expect(shape[2]!.message).toContain('"type" is missing');
  });

  it('malformed_document: still checks the well-formed rest of the graph', () => {
    const result = validateRawSample((doc) => {
      const nodes = doc.nodes as Record<string, unknown>[];
      nodes[3]!.position = 'here';
      nodes[1]!.params = { seed: 'seven' };
    });
    expect(result.problems.map((p) => p.code)).toEqual(['malformed_document', 'param_wrong_type']);
  });

  it('unknown_field: warns about fields the format does not define, and still runs', () => {
    const result = validateRawSample((doc) => {
      doc.viewport = { zoom: 1 };
      (doc.edges as Record<string, unknown>[])[0]!.color = 'red';
    });
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.severity, p.path])).toEqual([
      ['unknown_field', 'warning', ['viewport']],
      ['unknown_field', 'warning', ['edges', 0, 'color']],
    ]);
    expect(result.document).not.toHaveProperty('viewport');
  });

  it('returns the parsed document, defaults applied, for a valid workflow', () => {
    const result = validate(sampleWorkflowJson(), catalogue);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.document?.nodes.find((n) => n.id === 'show')?.params).toEqual({});
  });
});
