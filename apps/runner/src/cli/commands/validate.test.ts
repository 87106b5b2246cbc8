import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_MODEL_DIR, REPO_ROOT } from '../paths.ts';
import { spawnCli } from '../testing/spawn-cli.ts';

const fixture = (name: string) => resolve(import.meta.dirname, '../../../fixtures', name);
const poster = join(BUNDLED_MODEL_DIR, 'workflows/poster.json');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tessera validate', { timeout: 60_000 }, () => {
  it('exits 0 for a valid workflow', async () => {
    const { code, stdout } = await spawnCli(['validate', poster]);
    expect(stdout).toBe(`${poster} is valid (8 nodes, 9 edges)\n`);
    expect(code).toBe(0);
  });

  it('exits 0 with warnings, printing them', async () => {
    const { code, stdout } = await spawnCli(['validate', fixture('warning.workflow.json')]);
    expect(stdout).toContain('is valid (4 nodes, 3 edges): 0 errors, 1 warning');
    expect(stdout).toMatch(
      /warning +node plan +nodes\[1\]\.params\.creativity +.*\[unknown_param\]/,
    );
    expect(code).toBe(0);
  });

  it('exits 1 listing every problem with its node, field path, sentence and severity', async () => {
    const { code, stdout } = await spawnCli(['validate', fixture('broken.workflow.json')]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('is invalid (5 nodes, 3 edges): 2 errors, 1 warning');
    expect(lines.slice(1).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      [
        'error',
        'node plan',
        'nodes[1].params.temperature',
        'Node "plan" (ar.plan): param "temperature" must be greater than 0 and at most 2, got 0. [param_out_of_range]',
      ],
      [
        'error',
        'node view',
        'nodes[2].type',
        'Node "view" has type "plan.viewer", which this build does not know. [unknown_node_type]',
      ],
      [
        'warning',
        'node prompt',
        'nodes[0].params.colour',
        expect.stringContaining('[unknown_param]'),
      ],
    ]);
    expect(code).toBe(1);
  });

  it('gives the problems as JSON with --json', async () => {
    const { code, stdout } = await spawnCli([
      'validate',
      '--json',
      fixture('broken.workflow.json'),
    ]);
    const report = JSON.parse(stdout) as { ok: boolean; problems: { code: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code).sort()).toEqual([
      'param_out_of_range',
      'unknown_node_type',
      'unknown_param',
    ]);
    expect(code).toBe(1);
  });

  it('exits 1 for JSON that is not a workflow document', async () => {
    await writeFile(join(dir, 'list.json'), '[1, 2]');
    const { code, stdout } = await spawnCli(['validate', join(dir, 'list.json')]);
    expect(stdout).toContain('[not_an_object]');
    expect(code).toBe(1);
  });

  it('exits 2 when the file cannot be read or is not JSON', async () => {
    await writeFile(join(dir, 'notes.json'), 'not { json');
    const missing = await spawnCli(['validate', join(dir, 'missing.json')]);
    expect(missing.stderr).toContain(
      `Cannot read ${join(dir, 'missing.json')}: there is no such file.`,
    );
    expect(missing.code).toBe(2);
    const garbled = await spawnCli(['validate', join(dir, 'notes.json')]);
    expect(garbled.stderr).toContain(`${join(dir, 'notes.json')} is not JSON`);
    expect(garbled.code).toBe(2);
  });

  it('resolves a relative FILE against the directory `pnpm tessera` was run from', async () => {
    await copyFile(poster, join(dir, 'mine.json'));
    const viaPnpm = { INIT_CWD: dir, npm_lifecycle_event: 'tessera' };
    expect((await spawnCli(['validate', 'mine.json'], { cwd: REPO_ROOT, env: viaPnpm })).code).toBe(
      0,
    );
    // An INIT_CWD merely inherited from some other pnpm script is not where the user is.
    const inherited = { INIT_CWD: dir, npm_lifecycle_event: 'test' };
    expect(
      (await spawnCli(['validate', 'mine.json'], { cwd: REPO_ROOT, env: inherited })).code,
    ).toBe(2);
    expect((await spawnCli(['validate', 'mine.json'], { cwd: dir })).code).toBe(0);
  });
});
