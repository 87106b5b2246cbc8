// Acceptance: a ComfyUI client from npm (@saintno/comfyui-sdk), unchanged, drives a real hub and
// a real runner through the ComfyUI-compatible API: object_info, the poster in API format with
// progress and previews over the WebSocket, the image through /view and in /history, an
// interrupt, and refused graphs answered with ComfyUI's error shape.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  CallWrapper,
  ComfyApi,
  PromptBuilder,
  type WebSocketInterface,
} from '@saintno/comfyui-sdk';
import { type ComfyApiServer, createComfyApiServer } from '@tessera/comfy-api';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { encodePng } from '@tessera/png';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveHub, startLiveHub } from '../testing/live-hub.ts';
import { createComfyBackend } from './comfy-backend.ts';
import { inputImageResolver } from './input-image-resolver.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
type ApiPrompt = Record<
  string,
  { class_type: string; inputs: Record<string, unknown>; _meta: { title: string } }
>;

/** The poster in API format, with fewer decoder steps (the test is about the API, not quality). */
function poster(steps: number): ApiPrompt {
  const file = path.join(repoRoot, 'packages/comfy-api/fixtures/poster.api.json');
  const prompt = JSON.parse(readFileSync(file, 'utf8')) as ApiPrompt;
  prompt['4']!.inputs.steps = steps;
  return prompt;
}

let live: LiveHub;
let api: ComfyApiServer;
let url: string;
let client: ComfyApi;

beforeAll(async () => {
  live = await startLiveHub({ resolveParams: (dataDir) => inputImageResolver(dataDir, false) });
  const { database, hub, runners, dataDir } = live.context;
  const backend = createComfyBackend({
    database,
    hub,
    runners,
    catalogue: createNodeCatalogue(),
    dataDir,
    version: 'test',
    accounts: false,
  });
  api = createComfyApiServer({ backend });
  url = `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}`;
  client = new ComfyApi(url, 'tessera-e2e', {
    // Node 20 has no global WebSocket: the client takes ws's.
    customWebSocketImpl: WebSocket as unknown as WebSocketInterface,
  }).init();
  await client.waitForReady();
}, 120_000);

afterAll(async () => {
  client?.destroy();
  await api?.close();
  await live?.close();
});

/** Resolves with the first event of `type` whose detail passes `match`. */
function nextEvent<T>(
  type: string,
  match: (detail: T) => boolean,
  timeoutMs = 120_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${type} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const off = client.on(type as 'status', (event) => {
      const detail = (event as CustomEvent<T>).detail;
      if (!match(detail)) return;
      clearTimeout(timer);
      off();
      resolve(detail);
    });
  });
}

const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('a ComfyUI client driving Tessera', { timeout: 300_000 }, () => {
  it('reads the node catalogue from object_info and the runner from system_stats', async () => {
    const defs = await client.getNodeDefs();
    expect(defs?.['ar.plan']?.input.required.seed?.[0]).toBe('INT');
    expect(defs?.['image.upscale']?.input.required.factor?.[0]).toEqual([2, 4]);
    expect(defs?.['diffusion.decode']?.output).toEqual(['IMAGE']);
    const unknown = await fetch(`${url}/object_info/KSampler`);
    expect(await unknown.json()).toEqual({}); // ComfyUI's answer for a class it does not have
    const stats = await client.getSystemStats();
    expect(stats.devices).toHaveLength(1);
  });

  it('queues the poster in API format, reports progress and previews, serves the image', async () => {
    const progress: { node: string; value: number; max: number }[] = [];
    let previews = 0;
    let promptId: string | undefined;
    let historyAtEnd: unknown;
    const offExecuting = client.on('executing', (event) => {
      const { node, prompt_id } = event.detail;
      if (node === null && prompt_id === promptId) historyAtEnd = client.getHistory(prompt_id); // must already be complete
    });
    const builder = new PromptBuilder(poster(4), ['text'], ['saved'])
      .setInputNode('text', '1.inputs.text')
      .setOutputNode('saved', '6')
      .input('text', 'navy poster, headline "OPEN" at top center');
    const result = await new CallWrapper(client, builder)
      .onPending((id) => (promptId = id))
      .onProgress((info) => progress.push(info))
      .onPreview(() => previews++)
      .run();
    offExecuting();
    expect(result, live.runnerLines.join('\n')).toBeTruthy();
    if (!result) return;
    const saved = result.saved as {
      images: { filename: string; subfolder: string; type: string }[];
    };
    expect(saved.images).toHaveLength(1);
    expect(saved.images[0]?.type).toBe('output');
    expect(progress.some((p) => p.node === '4' && p.max === 4)).toBe(true);
    expect(progress.some((p) => p.node === '2' && p.max === 256)).toBe(true);
    expect(previews).toBeGreaterThan(0);

    const blob = await client.getImage(saved.images[0]!);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(pngSize(bytes)).toEqual({ width: 1024, height: 1024 });

    const entry = await client.getHistory(promptId!);
    expect(entry?.status).toMatchObject({ status_str: 'success', completed: true });
    expect(entry?.outputs['6']).toEqual(saved);
    expect(((await historyAtEnd) as typeof entry)?.status.completed).toBe(true);
  });

  it('interrupts a running prompt', async () => {
    const queued = await client.appendPrompt(poster(200));
    await nextEvent<{ prompt_id: string; node: string }>(
      'progress',
      (p) => p.prompt_id === queued.prompt_id && p.node === '4',
    );
    const interrupted = nextEvent<{ prompt_id: string; node_id: string }>(
      'execution_interrupted',
      (d) => d.prompt_id === queued.prompt_id,
      30_000,
    );
    await client.interrupt();
    expect((await interrupted).node_id).toBe('4');
    const entry = await client.getHistory(queued.prompt_id);
    expect(entry?.status).toMatchObject({ status_str: 'error', completed: false });
  });

  it('answers a bad graph with ComfyUI’s error shape', async () => {
    const bad = poster(4);
    delete bad['5']!.inputs.image;
    const response = (await client.appendPrompt(bad).catch((error: unknown) => error)) as Response;
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { type: 'prompt_outputs_failed_validation' },
      node_errors: {
        5: {
          errors: [{ type: 'required_input_missing', extra_info: { input_name: 'image' } }],
          dependent_outputs: ['6'],
          class_type: 'image.upscale',
        },
      },
    });
  });

  it('uploads an image, then loads, upscales and saves it', async () => {
    const photo = encodePng({
      width: 40,
      height: 24,
      channels: 3,
      data: Uint8Array.from({ length: 40 * 24 * 3 }, (_, i) => (i * 37) % 256),
    });
    const uploaded = await client.uploadImage(photo, 'photo.png');
    expect(uploaded && uploaded.info).toMatchObject({ name: 'photo.png', type: 'input' });
    if (!uploaded) return;
    const prompt = {
      1: {
        class_type: 'image.load',
        inputs: { image: uploaded.info.filename },
        _meta: { title: 'Load' },
      },
      2: {
        class_type: 'image.upscale',
        inputs: { factor: 2, image: ['1', 0] },
        _meta: { title: 'Upscale' },
      },
      3: {
        class_type: 'image.save',
        inputs: { prefix: 'upscaled', image: ['2', 0] },
        _meta: { title: 'Save' },
      },
    };
    const builder = new PromptBuilder(prompt, [], ['saved']).setOutputNode('saved', '3');
    const result = await new CallWrapper(client, builder).run();
    expect(result, live.runnerLines.join('\n')).toBeTruthy();
    if (!result) return;
    const saved = result.saved as {
      images: { filename: string; subfolder: string; type: string }[];
    };
    const bytes = new Uint8Array(await (await client.getImage(saved.images[0]!)).arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 80, height: 48 });
    const original = await fetch(`${url}/view?filename=photo.png&type=input&subfolder=`);
    expect(new Uint8Array(await original.arrayBuffer())).toEqual(photo);
  });

  it('refuses uploads and file names it must not take', async () => {
    const form = new FormData();
    form.append('image', new Blob([new TextEncoder().encode('<svg/>')]), 'fake.png');
    const notImage = await fetch(`${url}/upload/image`, { method: 'POST', body: form });
    expect(notImage.status).toBe(400);
    expect(((await notImage.json()) as { error: string }).error).toMatch(/not an image/);
    const escaping = new FormData();
    escaping.append(
      'image',
      new Blob([
        Buffer.from(encodePng({ width: 1, height: 1, channels: 3, data: new Uint8Array(3) })),
      ]),
      '../evil.png',
    );
    expect((await fetch(`${url}/upload/image`, { method: 'POST', body: escaping })).status).toBe(
      400,
    );
    const huge = new FormData();
    huge.append('image', new Blob([new Uint8Array(17 * 1024 * 1024)]), 'huge.png');
    expect((await fetch(`${url}/upload/image`, { method: 'POST', body: huge })).status).toBe(413);
    const view = (query: string) => fetch(`${url}/api/view?${query}`).then((r) => r.status);
    expect(await view('filename=../tessera.db&type=input')).toBe(400);
    expect(await view('filename=%2Fetc%2Fpasswd&type=input')).toBe(400);
    expect(await view('filename=photo.png&type=input&subfolder=../..')).toBe(403);
    expect(await view('filename=nothing.png&type=input')).toBe(404);
    expect(await view('filename=nothing.png&type=output')).toBe(404);
  });

  it('refuses every malformed workflow of the validate tests with 400 and node_errors', async () => {
    const folder = path.join(repoRoot, 'packages/graph/fixtures/malformed');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const prompt: unknown = JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
      const response = await fetch(`${url}/api/prompt`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt }),
      });
      expect(response.status, name).toBe(400);
      const body = (await response.json()) as { error: { type: string }; node_errors: unknown };
      expect(typeof body.error.type, name).toBe('string');
      expect(body.node_errors, name).toBeTypeOf('object');
    }
  });
});
