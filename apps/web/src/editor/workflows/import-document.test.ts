import { CURRENT_WORKFLOW_VERSION, WORKFLOW_FORMAT } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { promptToPlan } from '../model/test-documents.ts';
import { parseWorkflowFile } from './import-document.ts';

const text = (value: unknown): string => JSON.stringify(value, null, 2);

describe('parseWorkflowFile', () => {
  it('opens a good document, named after the file', () => {
    const doc = promptToPlan();
    const result = parseWorkflowFile(text(doc), 'Summer sale.json');
    expect(result).toEqual({ ok: true, document: { ...doc, name: 'Summer sale' } });
  });

  it('ignores a byte order mark', () => {
    expect(parseWorkflowFile(`\uFEFF${text(promptToPlan())}`, 'a.json').ok).toBe(true);
  });

  it('names the JSON syntax error and where it is', () => {
    const result = parseWorkflowFile(
      '{\n  "format": "tessera.workflow",\n  "nodes": [,]\n}',
      'bad.json',
    );
    expect(result).toEqual({
      ok: false,
      message: '“bad.json” is not valid JSON: expected a value but found “,” (line 3, column 13).',
    });
  });

  it('says an empty file is empty', () => {
    expect(parseWorkflowFile('', 'empty.json')).toEqual({
      ok: false,
      message: '“empty.json” is not valid JSON: the file is empty.',
    });
  });

  it('lists the first problems of a bad document with their paths', () => {
    const doc = promptToPlan();
    const nodes = [...doc.nodes, { id: 'x', type: 7 }, { id: 'y' }, { id: 'z' }, { id: 'w' }];
    const result = parseWorkflowFile(text({ ...doc, nodes }), 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^“broken\.json” is not a workflow Tessera can open: nodes\[2\]\.type: /,
    );
    expect(result.message).toMatch(/and \d+ more$/);
  });

  it('refuses other formats and newer versions with the reason', () => {
    const foreign = parseWorkflowFile(text({ last_node_id: 3, nodes: [] }), 'comfy.json');
    expect(foreign.ok === false && foreign.message).toContain(
      'format: This is not a Tessera workflow',
    );
    const newer = {
      ...promptToPlan(),
      format: WORKFLOW_FORMAT,
      version: CURRENT_WORKFLOW_VERSION + 1,
    };
    const refused = parseWorkflowFile(text(newer), 'future.json');
    expect(refused.ok === false && refused.message).toContain('version: This workflow is version');
  });

  it('keeps the model packages a document pins, and refuses a version it cannot upgrade', () => {
    const models = { 'tessera-tiny': 'f'.repeat(64) };
    const pinned = parseWorkflowFile(text({ ...promptToPlan(), models }), 'pinned.json');
    expect(pinned.ok && pinned.document.models).toEqual(models);
    const old = parseWorkflowFile(text({ ...promptToPlan(), version: 0 }), 'old.json');
    expect(old.ok === false && old.message).toContain('no migration from version 0 to 1');
  });
});
