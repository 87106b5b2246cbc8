// Acceptance: the real CLI in child processes, on the bundled model (decode steps kept low).
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '@tessera/graph';
import { readPngText } from '@tessera/png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_MODEL_DIR } from '../paths.ts';
import { spawnCli } from '../testing/spawn-cli.ts';

const POSTER = join(BUNDLED_MODEL_DIR, 'workflows/poster.json');
const FAST = ['--set', 'decode.steps=2'];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-run-'));
  await copyFile(POSTER, join(dir, 'poster.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The poster workflow as it ran: decode.steps set to 2. */
async function posterAsRun(): Promise<unknown> {
  const doc = JSON.parse(await readFile(POSTER, 'utf8')) as {
    nodes: { id: string; params: object }[];
  };
  const decode = doc.nodes.find((node) => node.id === 'decode')!;
  decode.params = { ...decode.params, steps: 2 };
  const read = readDocument(doc);
  return read.ok ? read.document : undefined;
}

const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });

describe('tessera run, then tessera inspect', { timeout: 180_000 }, () => {
  let first: Buffer;

  it('writes a PNG holding the workflow, with relative FILE and --out taken from the cwd', async () => {
    const run = await spawnCli(['run', 'poster.json', '--out', 'a', ...FAST], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The folder's own bookkeeping (`.tessera-once/`: one file per node of a run) left out.
    const saved = (await readdir(join(dir, 'a'))).filter((file) => !file.startsWith('.'));
    expect(saved).toEqual(['poster_00001.png']);
    expect(run.stdout).toContain('[2/8] plan: step 256/256');
    expect(run.stdout).toContain('[4/8] decode: step 2/2');
    expect(run.stdout).toMatch(
      /Finished in [\d.]+ s\.\nSaved 1 file\(s\):\n {2}.*\/a\/poster_00001\.png {2}\(1024×1024, [\d.]+ MB\)\n$/,
    );

    first = await readFile(join(dir, 'a', 'poster_00001.png'));
    const texts = readPngText(first);
    expect(JSON.parse(texts.get('tessera:workflow')!)).toEqual(await posterAsRun());
  });

  it('reads the workflow, manifest and plan back with inspect', async () => {
    const human = await spawnCli(['inspect', 'a/poster_00001.png'], { cwd: dir });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Workflow\n{\n  "format": "tessera.workflow"');
    expect(human.stdout).toContain('seeds     plan.seed=7 expand.seed=0 decode.seed=0');
    expect(human.stdout).toContain('decode (diffusion.decode v1) steps=2 guidance=1.5 seed=0');
    expect(human.stdout).toMatch(/grid {6}64×64 tokens of 4 px/);
    expect(human.stdout).toMatch(/ids {7}(\d+ ){16}… \(4096 in all\)/);

    const machine = await spawnCli(['inspect', '--json', join(dir, 'a/poster_00001.png')]);
    expect(machine.code).toBe(0);
    const report = JSON.parse(machine.stdout) as {
      workflow: unknown;
      run: unknown;
      plan: { ids: number[]; firstIds: number[] };
    };
    expect(report.workflow).toEqual(await posterAsRun());
    expect(report.run).toMatchObject({ savedBy: 'save', seeds: { 'plan.seed': 7 } });
    expect(report.plan).toMatchObject({ width: 64, height: 64, tokens: 4096 });
    expect(report.plan.ids).toHaveLength(4096);
    expect(report.plan.firstIds).toEqual(report.plan.ids.slice(0, 16));
  });

  it('gives byte-identical PNGs from a fresh process, and JSON lines with --json', async () => {
    // No --out: the default folder, outputs/ in the data folder (TESSERA_DATA_DIR, else data/).
    const out = join(dir, 'data', 'outputs');
    const env = { TESSERA_DATA_DIR: join(dir, 'data') };
    const run = await spawnCli(['run', POSTER, '--json', ...FAST], { env });
    expect(run.code).toBe(0);
    expect(Buffer.compare(await readFile(join(out, 'poster_00001.png')), first)).toBe(0);

    const lines = run.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(20_000); // no pixel arrays
    const events = parseLines(run.stdout);
    expect(events[0]?.type).toBe('run-started');
    expect(events[0]?.order).toContain('plan');
    const tokens = events.filter(
      (e) => e.type === 'node-partial' && (e.output as { kind: string }).kind === 'plan-token',
    );
    expect(tokens).toHaveLength(256);
    expect(events.at(-2)).toMatchObject({ type: 'run-finished' });
    expect(events.at(-1)).toEqual({
      type: 'cli-result',
      status: 'succeeded',
      exitCode: 0,
      outDir: out,
      files: [
        {
          node: 'save',
          path: join(out, 'poster_00001.png'),
          width: 1024,
          height: 1024,
          bytes: first.length,
        },
      ],
    });
  });

  it('cancels cleanly on Ctrl+C: exit 1, run-cancelled, no file', async () => {
    const out = join(dir, 'c');
    let signalled = false;
    const run = await spawnCli(['run', POSTER, '--out', out, '--json', ...FAST], {
      onLine: (line, child) => {
        if (!signalled && line.includes('"plan-token"') && line.includes('"index":10,')) {
          signalled = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(signalled).toBe(true);
    expect(run.code).toBe(1);
    const events = parseLines(run.stdout);
    expect(events.at(-2)).toMatchObject({ type: 'run-cancelled', nodeId: 'plan' });
    expect(events.at(-1)).toMatchObject({
      type: 'cli-result',
      status: 'cancelled',
      exitCode: 1,
      files: [],
    });
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
  });
});

describe('tessera run refuses bad input with exit 2', { timeout: 60_000 }, () => {
  const refuse = async (args: string[]) => {
    const out = join(dir, 'never');
    const run = await spawnCli(['run', POSTER, '--out', out, ...args]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    return run.stderr;
  };

  it('names an unknown node or param in --set, and a value that does not fit', async () => {
    expect(await refuse(['--set', 'decoder.steps=2'])).toContain(
      '--set decoder.steps=2: the workflow has no node "decoder" (its nodes: prompt, plan,',
    );
    expect(await refuse(['--set', 'decode.step=2'])).toContain(
      'node "decode" (diffusion.decode) has no param "step" (its params: steps, guidance, seed, model)',
    );
    expect(await refuse(['--set', 'expand.grid=48'])).toContain('expects one of 32, 64, got "48"');
  });

  it('lists the errors of an invalid workflow and unknown options', async () => {
    const broken = join(import.meta.dirname, '../../../fixtures/broken.workflow.json');
    const run = await spawnCli(['run', broken, '--out', join(dir, 'never')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.workflow.json cannot run:');
    expect(run.stderr).toContain('[unknown_node_type]');
    expect(run.stderr).not.toContain('[unknown_param]'); // warnings do not stop a run
    expect(await refuse(['--steps', '2'])).toContain("Unknown option '--steps'");
  });
});
