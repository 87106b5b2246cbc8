import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '@tessera/png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../testing/spawn-cli.ts';

// Reading back a PNG that `tessera run` wrote is in run.test.ts.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-inspect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tessera inspect', { timeout: 60_000 }, () => {
  it('exits 1 with a clear message for a PNG without Tessera data', async () => {
    const pixel = { width: 1, height: 1, channels: 3 as const, data: new Uint8Array(3) };
    await writeFile(join(dir, 'plain.png'), encodePng(pixel, { Software: 'something else' }));
    const { code, stdout, stderr } = await spawnCli(['inspect', 'plain.png'], { cwd: dir });
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'plain.png is a PNG without Tessera data (no tessera:workflow, tessera:run, tessera:plan chunk).\n',
    );
    expect(code).toBe(1);
  });

  it('exits 2 for a file that is not a PNG, or is missing', async () => {
    await writeFile(join(dir, 'photo.png'), 'GIF89a, really');
    const notPng = await spawnCli(['inspect', 'photo.png'], { cwd: dir });
    expect(notPng.stderr).toContain('photo.png: This file is not a PNG image');
    expect(notPng.code).toBe(2);
    expect((await spawnCli(['inspect', 'gone.png'], { cwd: dir })).code).toBe(2);
  });
});
