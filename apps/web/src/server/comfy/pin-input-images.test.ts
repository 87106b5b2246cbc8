import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeCacheKeys, nodeId, zWorkflowDocument } from '@tessera/graph';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { afterAll, describe, expect, it } from 'vitest';
import { inputImageResolver } from './input-image-resolver.ts';
import { pinInputImages } from './pin-input-images.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tessera-pin-'));
const folder = path.join(dataDir, 'input');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const png = (value: number) =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([value]),
  ]);
const document = {
  format: 'tessera.workflow',
  version: 2,
  name: 'load',
  nodes: [
    { id: 'load', type: 'image.load', params: { image: 'photo.png' } },
    { id: 'save', type: 'image.save', params: {} },
  ],
  edges: [{ id: 'e', from: { node: 'load', port: 'image' }, to: { node: 'save', port: 'image' } }],
};
const catalogue = createNodeCatalogue();
const saveKey = (doc: Record<string, unknown>) =>
  computeCacheKeys(zWorkflowDocument.parse(doc), catalogue).get(nodeId('save'));

describe('pinInputImages', () => {
  it('gives a replaced upload new cache keys, and lets the hub refuse a file changed after queueing', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'photo.png'), png(1));
    const first = await pinInputImages(document, folder);
    writeFileSync(path.join(folder, 'photo.png'), png(2));
    const second = await pinInputImages(document, folder);
    expect(saveKey(first)).not.toBe(saveKey(second));
    expect(saveKey(second)).toBe(saveKey(await pinInputImages(document, folder)));

    const loadParams = (doc: Record<string, unknown>) =>
      (doc.nodes as { params: Record<string, unknown> }[])[0]!.params;
    const resolve = inputImageResolver(dataDir, false);
    const node = { id: 'load', type: 'image.load' };
    await expect(resolve(node, loadParams(first), { ownerId: null })).rejects.toThrow(
      /changed after the run was queued/,
    );
    expect((await resolve(node, loadParams(second), { ownerId: null })).source).toBeTypeOf(
      'string',
    );
  });

  it('leaves a node alone when its file is missing (the hub then says so)', async () => {
    const missing = {
      ...document,
      nodes: [{ id: 'load', type: 'image.load', params: { image: 'gone.png' } }],
    };
    expect(await pinInputImages(missing, folder)).toEqual(missing);
  });
});
