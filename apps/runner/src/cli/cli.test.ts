import { describe, expect, it } from 'vitest';
import { spawnCli } from './testing/spawn-cli.ts';

describe('tessera', { timeout: 60_000 }, () => {
  it('lists its commands with --help and exits 0', async () => {
    const { code, stdout } = await spawnCli(['--help']);
    expect(stdout).toMatch(/^Usage: tessera <command>/);
    for (const name of ['run', 'validate', 'inspect', 'runner'])
      expect(stdout).toContain(`  ${name} `);
    expect(code).toBe(0);
  });

  it('prints the usage of a command for --help or -h and exits 0', async () => {
    for (const [name, flag] of [
      ['validate', '--help'],
      ['inspect', '-h'],
      ['run', '--help'],
      ['runner', '--help'],
    ] as const) {
      const { code, stdout } = await spawnCli([name, flag]);
      expect(stdout).toMatch(new RegExp(`^Usage: tessera ${name} `));
      expect(code).toBe(0);
    }
  });

  it('exits 2 for no command or an unknown one', async () => {
    expect((await spawnCli([])).code).toBe(2);
    const unknown = await spawnCli(['render', 'x.json']);
    expect(unknown.stderr).toMatch(/^tessera: unknown command "render"\./);
    expect(unknown.code).toBe(2);
  });

  it('refuses to start a runner without a hub and a token', async () => {
    const { code, stderr } = await spawnCli(['runner', '--hub', 'http://127.0.0.1:9']);
    expect(stderr).toMatch(/needs --hub URL and a token/);
    expect(code).toBe(2);
  });

  it('refuses an unknown execution provider before connecting', async () => {
    const { code, stderr } = await spawnCli([
      'runner',
      '--hub',
      'http://127.0.0.1:9',
      '--token',
      't',
      '--providers',
      'cuda,tpu',
    ]);
    expect(stderr).toMatch(/Unknown execution provider "tpu" \(known: cpu, cuda, webgpu\)/);
    expect(code).toBe(2);
  });
});
