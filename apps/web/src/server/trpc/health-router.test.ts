import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localRunnerStatusFile } from '../local-runner-status.ts';
import { useTestCaller } from './test-caller.ts';

const t = useTestCaller();

async function writeStatus(text: string): Promise<void> {
  const file = localRunnerStatusFile(t.context.dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

describe('health: the local runner npm start keeps running', () => {
  it('says nothing about it when no supervisor wrote its status', async () => {
    expect((await t.caller.health.get()).localRunner).toBeNull();
  });

  it('reports its restarts and last exit, and stays ok while it is restarted', async () => {
    const lastExit = { code: null, signal: 'SIGKILL', at: '2026-12-05T08:30:00.000Z' };
    await writeStatus(
      JSON.stringify({ name: 'the local runner', restarts: 2, lastExit, pid: null }),
    );
    const health = await t.caller.health.get();
    expect(health.ok).toBe(true);
    expect(health.localRunner).toEqual({
      name: 'the local runner',
      restarts: 2,
      lastExit,
      pid: null,
    });
  });

  it('ignores a status it cannot read', async () => {
    await writeStatus('{"restarts": "many"');
    expect((await t.caller.health.get()).localRunner).toBeNull();
  });
});
