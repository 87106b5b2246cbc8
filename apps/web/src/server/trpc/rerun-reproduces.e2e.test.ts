// Acceptance: re-running a run from the history on the same machine and models produces a
// byte-identical image. A real runner executes the default pipeline twice (the hub's output
// cache is off, so the re-run computes every node again) and the two saved PNGs are compared
// as the browser fetches them, from GET /api/artifacts/:id.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiServer } from '../http/test-server.ts';
import { type LiveHub, startLiveHub } from '../testing/live-hub.ts';
import { createCaller } from './app-router.ts';
import { repoModelsDir } from './test-context.ts';

let live: LiveHub;
let api: ApiTestServer;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  live = await startLiveHub();
  api = await startApiServer(live.context);
  caller = createCaller(live.context);
}, 120_000);

afterAll(async () => {
  await api?.close();
  await live?.close();
});

async function finished(id: string) {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const run = await caller.runs.get({ id });
    if (run.status !== 'queued' && run.status !== 'running') return run;
    if (Date.now() > deadline) throw new Error(`run ${id} still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function savedImageSha256(runId: string): Promise<{ artifactId: string; sha256: string }> {
  const entry = (await caller.runs.history({ limit: 20 })).find((r) => r.id === runId);
  const artifactId = entry?.savedImageId;
  if (!artifactId) throw new Error(`run ${runId} has no saved image`);
  const response = await fetch(`${api.url}/api/artifacts/${artifactId}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { artifactId, sha256: createHash('sha256').update(bytes).digest('hex') };
}

describe('re-running a run from the history', { timeout: 600_000 }, () => {
  it('produces a byte-identical image on the same machine and models', async () => {
    const poster: unknown = JSON.parse(
      readFileSync(path.join(repoModelsDir, 'tessera-tiny/workflows/poster.json'), 'utf8'),
    );
    const workflow = await caller.workflows.create({ name: 'Poster', document: poster });
    const { id } = await caller.runs.enqueue({ workflowId: workflow.id, document: poster });
    const first = await finished(id);
    expect(first.error ?? first.status, live.runnerLines.join('\n')).toBe('succeeded');
    expect(Object.keys(first.models)).toEqual(['tessera-tiny']);

    const again = await caller.runs.rerun({ id });
    const second = await finished(again.id);
    expect(second.error ?? second.status).toBe('succeeded');
    // Computed again, not served from a cache.
    expect(second.nodes.every((node) => !node.cached)).toBe(true);
    expect(second.models).toEqual(first.models);
    expect(second.modelsChanged).toEqual([]);

    const before = await savedImageSha256(id);
    const after = await savedImageSha256(again.id);
    expect(after.artifactId).not.toBe(before.artifactId);
    expect(after.sha256).toBe(before.sha256);
  });
});
