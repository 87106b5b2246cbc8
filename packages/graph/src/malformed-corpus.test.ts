// The corpus lives in fixtures/malformed/, one file per case, named "<problem code>[.<variant>].json".
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, type ProblemCode } from './problems.ts';
import { createToyCatalogue } from './testing/index.ts';
import { validate } from './validate.ts';

const folder = new URL('../fixtures/malformed/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();
const catalogue = createToyCatalogue();
const codes: readonly string[] = Object.values(PROBLEM_CODES);

describe('malformed corpus', () => {
  it('has at least 30 documents, covering every problem code', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const covered = new Set(files.map((name) => name.split('.')[0]));
    expect(codes.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(files)('%s yields its problem, without throwing', (name) => {
    const expected = name.split('.')[0] as ProblemCode;
    expect(codes).toContain(expected);
    const input: unknown = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
    const result = validate(input, catalogue);
    expect(result.problems.map((p) => p.code)).toContain(expected);
    const problem = result.problems.find((p) => p.code === expected)!;
    expect(problem.message.length).toBeGreaterThan(20);
    expect(result.ok).toBe(problem.severity === 'warning');
  });
});
