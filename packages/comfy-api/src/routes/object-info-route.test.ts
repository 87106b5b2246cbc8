// object_info offers image.load's uploads as ComfyUI offers LoadImage's: the caller's uploaded
// images as choices with `image_upload`, and no widget for what the server fills in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComfyApiServer, createComfyApiServer } from '../comfy-api-server.ts';
import { memoryBackend } from '../testing/memory-backend.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

let dir: string;
let api: ComfyApiServer;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tessera-object-info-'));
  writeFileSync(path.join(dir, 'b.png'), Uint8Array.from(PNG_SIGNATURE));
  writeFileSync(path.join(dir, 'a.png'), Uint8Array.from(PNG_SIGNATURE));
  writeFileSync(path.join(dir, 'notes.txt'), 'not an image');
  api = createComfyApiServer({ backend: memoryBackend(createNodeCatalogue(), dir) });
  url = `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

const info = async (route: string) =>
  (await (
    await fetch(`${url}${route}`, { headers: { authorization: 'Bearer ada' } })
  ).json()) as Record<string, { input: { required: Record<string, unknown[]> } }>;

describe('object_info for image.load', () => {
  it('lists the caller’s uploaded images as the choices of its image, with image_upload', async () => {
    for (const body of [await info('/object_info/image.load'), await info('/object_info')]) {
      const required = body['image.load']?.input.required ?? {};
      expect(required['image']?.[0]).toEqual(['a.png', 'b.png']);
      expect(required['image']?.[1]).toMatchObject({ image_upload: true });
      expect(Object.keys(required)).toEqual(['image']); // sha256 and source are the server's
    }
  });
});
