import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutputFolder } from './output-folder.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-out-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const write = (prefix: string, text: string, signal?: AbortSignal) =>
  createOutputFolder(root).writeNew({ prefix, extension: '.png', bytes: bytes(text), signal });
const listing = async () => (await readdir(root)).sort();

describe('createOutputFolder', () => {
  it('numbers files per prefix from 00001, creating the folder', async () => {
    root = join(root, 'made', 'here');
    expect(await write('poster', 'a')).toEqual({ name: 'poster_00001.png', bytes: 1 });
    expect((await write('poster', 'bb')).name).toBe('poster_00002.png');
    expect((await write('banner', 'c')).name).toBe('banner_00001.png');
    expect(await listing()).toEqual(['banner_00001.png', 'poster_00001.png', 'poster_00002.png']);
    expect(await readFile(join(root, 'poster_00002.png'), 'utf8')).toBe('bb');
  });

  it('continues after the highest number present and never touches existing files', async () => {
    await writeFile(join(root, 'poster_00007.png'), 'old');
    await writeFile(join(root, 'poster_note.png'), 'other');
    await writeFile(join(root, 'poster.v2_00009.png'), 'another prefix');
    expect((await write('poster', 'new')).name).toBe('poster_00008.png');
    expect(await readFile(join(root, 'poster_00007.png'), 'utf8')).toBe('old');
  });

  it('gives concurrent writers distinct files, never overwriting one another', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `image ${i}`);
    const saved = await Promise.all(texts.map((text) => write('poster', text)));
    expect(new Set(saved.map((file) => file.name)).size).toBe(12);
    const contents = await Promise.all(
      saved.map((file) => readFile(join(root, file.name), 'utf8')),
    );
    expect(contents).toEqual(texts);
    expect(await listing()).toHaveLength(12);
  });

  it('refuses a prefix or extension that could leave the folder', async () => {
    for (const prefix of ['../up', '/abs', 'a/b', '.hidden', '', 'a\\b']) {
      await expect(write(prefix, 'x')).rejects.toThrow('refusing file name prefix');
    }
    await expect(
      createOutputFolder(root).writeNew({ prefix: 'p', extension: '/../x', bytes: bytes('x') }),
    ).rejects.toThrow('refusing file extension');
    expect(await listing()).toEqual([]);
  });

  it('leaves nothing when cancelled before writing', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(write('poster', 'x', controller.signal)).rejects.toThrow('stop');
    expect(await listing()).toEqual([]);
  });

  it('leaves no file, not even its temp file, when cancelled after the bytes were written', async () => {
    const controller = new AbortController();
    const signal = controller.signal;
    let checks = 0;
    const check = signal.throwIfAborted.bind(signal);
    // The second check comes after the temp file is written, just before it gets its name.
    signal.throwIfAborted = () => {
      checks += 1;
      if (checks === 2) controller.abort(new Error('cancelled mid-write'));
      check();
    };
    await expect(write('poster', 'x'.repeat(100_000), signal)).rejects.toThrow(
      'cancelled mid-write',
    );
    expect(checks).toBe(2);
    expect(await listing()).toEqual([]);
  });

  describe('with a `once` key', () => {
    const writeOnce = (once: string, text: string, folder = createOutputFolder(root)) =>
      folder.writeNew({ prefix: 'poster', extension: '.png', bytes: bytes(text), once });
    const pngs = async () => (await listing()).filter((name) => name.endsWith('.png'));

    it('writes one file per key, also from another capability on the same folder', async () => {
      expect((await writeOnce('run-1/save', 'image')).name).toBe('poster_00001.png');
      expect(await writeOnce('run-1/save', 'image')).toEqual({
        name: 'poster_00001.png',
        bytes: 5,
      });
      expect((await writeOnce('run-1/save', 'image', createOutputFolder(root))).name).toBe(
        'poster_00001.png',
      );
      expect((await writeOnce('run-2/save', 'image')).name).toBe('poster_00002.png');
      expect(await pngs()).toEqual(['poster_00001.png', 'poster_00002.png']);
    });

    it('writes again when the file it wrote is gone or holds other bytes', async () => {
      await writeOnce('run-1/save', 'image');
      await rm(join(root, 'poster_00001.png'));
      expect((await writeOnce('run-1/save', 'image')).name).toBe('poster_00001.png');
      await writeFile(join(root, 'poster_00001.png'), 'replaced by someone');
      expect((await writeOnce('run-1/save', 'image')).name).toBe('poster_00002.png');
      expect(await readFile(join(root, 'poster_00002.png'), 'utf8')).toBe('image');
    });
  });
});
