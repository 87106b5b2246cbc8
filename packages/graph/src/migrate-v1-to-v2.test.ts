import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeCacheKeys } from './cache-key.ts';
import { migrateDocument } from './migrations.ts';
import { readDocument } from './read-document.ts';
import { createToyCatalogue, sampleWorkflowJson } from './testing/index.ts';
import { sketcherDocumentJson } from './testing/components.ts';
import { validate } from './validate.ts';

const v1Sample = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('../fixtures/v1/sample.workflow.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('migrating a version-1 document to version 2', () => {
  it('keeps everything but the version, and says it migrated from 1', () => {
    const v1 = v1Sample();
    const result = migrateDocument(v1);
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      document: { ...v1, version: 2 },
    });
    expect(v1.version).toBe(1);
  });

  it('reads the kept version-1 fixture as the version-2 sample, valid and with the same keys', () => {
    const catalogue = createToyCatalogue();
    const old = validate(v1Sample(), catalogue);
    const current = validate(sampleWorkflowJson(), catalogue);
    expect(old.problems).toEqual([]);
    if (!old.ok || !current.ok) throw new Error('the samples do not validate');
    expect(old.document).toEqual(current.document);
    expect(computeCacheKeys(old.document, catalogue)).toEqual(
      computeCacheKeys(current.document, catalogue),
    );
  });

  it('keeps components that development builds wrote into version-1 documents', () => {
    const v1 = { ...sketcherDocumentJson({ a: { seed: 3 } }), version: 1 };
    const read = readDocument(v1);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.document.version).toBe(2);
      expect(Object.keys(read.document.components ?? {})).toEqual(['sketcher']);
    }
  });
});
