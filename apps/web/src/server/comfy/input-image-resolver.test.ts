import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type UserId, asId } from '@tessera/db';
import { ParamResolutionError } from '@tessera/hub';
import { encodePng } from '@tessera/png';
import { afterAll, describe, expect, it } from 'vitest';
import { inputImageResolver } from './input-image-resolver.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tessera-input-'));
const png = encodePng({ width: 2, height: 1, channels: 3, data: new Uint8Array(6).fill(200) });
mkdirSync(path.join(dataDir, 'input', 'sub'), { recursive: true });
writeFileSync(path.join(dataDir, 'input', 'photo.png'), png);
writeFileSync(path.join(dataDir, 'input', 'sub', 'inner.png'), png);
writeFileSync(path.join(dataDir, 'input', 'notes.png'), 'not an image');
writeFileSync(path.join(dataDir, 'secret.png'), png);
mkdirSync(path.join(dataDir, 'input', 'user-1'), { recursive: true });
writeFileSync(path.join(dataDir, 'input', 'user-1', 'mine.png'), png);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const load = { id: 'load', type: 'image.load' };
const local = { ownerId: null };

describe('inputImageResolver', () => {
  const resolve = inputImageResolver(dataDir, false);

  it('reads the named upload into source, leaving other nodes alone', async () => {
    const params = await resolve(load, { image: 'photo.png', source: '' }, local);
    expect(Buffer.from(params.source as string, 'base64')).toEqual(Buffer.from(png));
    expect((await resolve(load, { image: 'sub/inner.png' }, local)).source).toBe(params.source);
    const other = { id: 'save', type: 'image.save' };
    expect(await resolve(other, { image: 'photo.png' }, local)).toEqual({ image: 'photo.png' });
  });

  it.each(['../secret.png', 'sub/../../secret.png', '/etc/passwd', 'missing.png', 'sub'])(
    'refuses %s as a missing upload',
    async (name) => {
      await expect(resolve(load, { image: name }, local)).rejects.toThrow(ParamResolutionError);
      await expect(resolve(load, { image: name }, local)).rejects.toThrow(/no uploaded image/);
    },
  );

  it('refuses a file that is not an image', async () => {
    await expect(resolve(load, { image: 'notes.png' }, local)).rejects.toThrow(
      /not a PNG, JPEG or WebP/,
    );
  });

  it('with accounts on, reads only the owner’s own folder', async () => {
    const accounts = inputImageResolver(dataDir, true);
    const mine = await accounts(load, { image: 'mine.png' }, { ownerId: asId<UserId>('user-1') });
    expect(mine.source).toBeTypeOf('string');
    await expect(
      accounts(load, { image: 'mine.png' }, { ownerId: asId<UserId>('user-2') }),
    ).rejects.toThrow(/no uploaded image/);
  });
});
