import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCoreCatalogue } from './testing/index.ts';
import { validate } from './validate.ts';

// The example workflows shipped in model packages are a contract: each must validate against
// the core node catalogue, with no problem at all.
const modelsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models');
const workflowFiles = readdirSync(modelsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const dir = path.join(modelsDir, entry.name, 'workflows');
    try {
      return readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => path.join(dir, file));
    } catch {
      return [];
    }
  });

describe('model package example workflows', () => {
  it('exist', () => {
    expect(workflowFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(workflowFiles.map((file) => [path.relative(modelsDir, file), file]))(
    '%s validates against the core catalogue',
    (_name, file) => {
      const result = validate(JSON.parse(readFileSync(file, 'utf8')), createCoreCatalogue());
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );
});
