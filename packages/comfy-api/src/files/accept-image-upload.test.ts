import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../http/respond.ts';
import { type ImageUpload, acceptImageUpload } from './accept-image-upload.ts';

const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngLike = (fill: number) => new Uint8Array([...PNG_START, fill, fill, fill]);

let inputDir: string;
beforeEach(async () => {
  inputDir = await mkdtemp(path.join(tmpdir(), 'tessera-upload-'));
});
afterEach(async () => {
  await rm(inputDir, { recursive: true, force: true });
});

const upload = (fields: Partial<ImageUpload>) =>
  acceptImageUpload({
    inputDir,
    subfolder: '',
    fileName: 'photo.png',
    bytes: pngLike(1),
    overwrite: false,
    maxBytes: 1024,
    ...fields,
  });

async function refusal(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
  return error;
}

describe('acceptImageUpload', () => {
  it('stores an image by its name; other bytes under a taken name get a free variant', async () => {
    expect(await upload({})).toBe('photo.png');
    expect(await upload({})).toBe('photo.png');
    expect(await upload({ bytes: pngLike(2) })).toBe('photo (1).png');
    expect(await upload({ bytes: pngLike(3), overwrite: true })).toBe('photo.png');
    expect(new Uint8Array(await readFile(path.join(inputDir, 'photo.png')))).toEqual(pngLike(3));
    expect(await upload({ subfolder: 'posters' })).toBe('photo.png');
    expect((await readdir(inputDir)).sort()).toEqual(['photo (1).png', 'photo.png', 'posters']);
  });

  it('refuses what is not an image, by content whatever the name says', async () => {
    const error = await refusal(upload({ bytes: new TextEncoder().encode('hello there') }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/photo\.png is not an image this server reads/);
  });

  it('refuses names and subfolders that leave the folder, and images over the limit', async () => {
    for (const fileName of ['../up.png', 'a/b.png', 'a\\b.png', '', '..'])
      expect((await refusal(upload({ fileName }))).status).toBe(400);
    expect((await refusal(upload({ subfolder: '../elsewhere' }))).status).toBe(403);
    expect((await refusal(upload({ maxBytes: 4 }))).status).toBe(413);
    expect(await readdir(inputDir)).toEqual([]);
  });
});
