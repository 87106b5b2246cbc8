import { describe, expect, it } from 'vitest';
import { type RunnerSummary, parseRunners } from './runner-summary.ts';

const bare: RunnerSummary = { name: 'cpu-1', nodeTypes: ['prompt', 'ar.plan'], providers: ['cpu'] };
const full: RunnerSummary = {
  ...bare,
  name: 'gpu-1',
  providers: ['cuda', 'cpu'],
  models: [{ id: 'tessera-tiny', revision: 2, sha256: 'ab'.repeat(32) }],
  busy: true,
};

describe('parseRunners', () => {
  it('accepts the list the hub sends, with or without models and busy', () => {
    expect(parseRunners([bare, full])).toEqual([bare, full]);
    expect(parseRunners([])).toEqual([]);
  });

  it('refuses what is not a list of runners', () => {
    const malformed: unknown[] = [
      undefined,
      bare,
      [{ name: 'x' }],
      [{ ...bare, nodeTypes: 'prompt' }],
      [{ ...bare, busy: 'yes' }],
      [{ ...full, models: [{ id: 'tessera-tiny', revision: '2', sha256: '' }] }],
    ];
    for (const payload of malformed) expect(parseRunners(payload)).toBeUndefined();
  });
});
