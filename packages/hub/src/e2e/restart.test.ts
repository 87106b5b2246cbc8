// A hub restart on the same SQLite file: queued runs are queued again, running ones fail clearly.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERRUPTED_BY_RESTART } from '../run-queue.ts';
import { startTestHub } from '../testing/test-hub.ts';
import { posterWorkflow } from '../testing/workflows.ts';

describe('hub restart', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-hub-restart-'));
  const options = {
    databaseUrl: `file:${path.join(dir, 'tessera.db')}`,
    dataDir: dir,
    token: 't',
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps queued runs in order and marks interrupted ones failed', async () => {
    const first = await startTestHub({ ...options, start: false });
    const a = await first.hub.enqueue({ document: posterWorkflow(2) });
    const b = await first.hub.enqueue({ document: posterWorkflow(3) });
    const c = await first.hub.enqueue({ document: posterWorkflow(4) });
    await first.database.runs.start(c.id); // was executing when the hub went down
    await first.close();

    const second = await startTestHub({ ...options, start: false });
    try {
      expect(await second.hub.queue.recover()).toEqual({ requeued: 2, interrupted: 1 });
      expect(await second.database.runs.get(c.id)).toMatchObject({
        status: 'failed',
        error: INTERRUPTED_BY_RESTART,
      });
      const signal = AbortSignal.timeout(5_000);
      expect((await second.hub.queue.take(signal))?.id).toBe(a.id);
      expect((await second.hub.queue.take(signal))?.id).toBe(b.id);
    } finally {
      await second.close();
    }
  });
});
