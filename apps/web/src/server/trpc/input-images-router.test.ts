// The editor's uploads over tRPC and the thumbnail route, against a real SQLite database and a
// real input folder: checks as strict as the ComfyUI API's, each user in their own folder, and
// editor runs pinned to the sha256 of the upload they name.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '@tessera/png';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, parseCookies } from '../auth/cookies.ts';
import { type ApiTestServer, startApiServer } from '../http/test-server.ts';
import { createCaller } from './app-router.ts';
import { type TestContext, openTestContext, trpcError } from './test-context.ts';

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

const png = (shade: number): Uint8Array =>
  encodePng({ width: 2, height: 2, channels: 3, data: new Uint8Array(12).fill(shade) });
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** load → upscale → save, loading `image`. */
const upscaleDocument = (image: string) => ({
  format: 'tessera.workflow',
  version: 2,
  name: 'Upscale an upload',
  nodes: [
    { id: 'load', type: 'image.load', params: { image }, position: { x: 0, y: 0 } },
    { id: 'upscale', type: 'image.upscale', params: { factor: 2 }, position: { x: 300, y: 0 } },
    { id: 'save', type: 'image.save', params: {}, position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'e1', from: { node: 'load', port: 'image' }, to: { node: 'upscale', port: 'image' } },
    { id: 'e2', from: { node: 'upscale', port: 'image' }, to: { node: 'save', port: 'image' } },
  ],
});

describe('uploads with accounts off', () => {
  let test: TestContext;
  beforeAll(async () => {
    test = await openTestContext();
  });
  afterAll(async () => {
    await test.close();
  });
  const caller = () => createCaller(test.context);

  it('stores an image in the input folder, lists it, and keeps one name per content', async () => {
    const first = png(10);
    expect(
      await caller().inputImages.upload({ fileName: 'photo.png', base64: base64(first) }),
    ).toEqual({ name: 'photo.png' });
    const stored = await readFile(path.join(test.context.dataDir, 'input', 'photo.png'));
    expect(new Uint8Array(stored)).toEqual(first);
    // The same bytes again: the same name. Other bytes under that name: a free variant.
    expect(
      (await caller().inputImages.upload({ fileName: 'photo.png', base64: base64(first) })).name,
    ).toBe('photo.png');
    expect(
      (await caller().inputImages.upload({ fileName: 'photo.png', base64: base64(png(20)) })).name,
    ).toBe('photo (1).png');
    const listed = (await caller().inputImages.list()).map((image) => image.name);
    expect(listed.sort()).toEqual(['photo (1).png', 'photo.png']);
  });

  it('refuses what is not an image, names that leave the folder, and images too large', async () => {
    const text = base64(new TextEncoder().encode('just some words'));
    const notImage = await trpcError(
      caller().inputImages.upload({ fileName: 'notes.png', base64: text }),
    );
    expect(notImage.code).toBe('BAD_REQUEST');
    expect(notImage.message).toMatch(/notes\.png is not an image this server reads/);
    for (const fileName of ['../escape.png', 'a/b.png', '', '/etc/passwd']) {
      const error = await trpcError(
        caller().inputImages.upload({ fileName, base64: base64(png(1)) }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/Invalid file name/);
    }
    const huge = 'A'.repeat(Math.ceil((16 * 1024 * 1024) / 3) * 4 + 8);
    const tooLarge = await trpcError(
      caller().inputImages.upload({ fileName: 'big.png', base64: huge }),
    );
    expect(tooLarge.code).toBe('BAD_REQUEST');
    expect(tooLarge.message).toMatch(/larger than 16777216 bytes/);
    expect((await caller().inputImages.list()).map((i) => i.name)).not.toContain('notes.png');
  });

  it('pins an editor run to the sha256 of the upload its Load image node names', async () => {
    const bytes = png(30);
    const { name } = await caller().inputImages.upload({
      fileName: 'pinned.png',
      base64: base64(bytes),
    });
    const { id } = await caller().runs.enqueue({ document: upscaleDocument(name) });
    const run = await caller().runs.get({ id });
    const load = (
      run.document as { nodes: { id: string; params: Record<string, unknown> }[] }
    ).nodes.find((node) => node.id === 'load');
    expect(load?.params).toMatchObject({ image: name, sha256: sha256(bytes) });
  });
});

describe('uploads with accounts on (over HTTP, signed in through /api/auth)', () => {
  let test: TestContext;
  let server: ApiTestServer;
  let ada: Session;
  let bob: Session;
  const adaImage = png(40);

  async function signUp(email: string): Promise<Session> {
    const res = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long enough password' }),
    });
    expect(res.status).toBe(201);
    const jar = parseCookies(
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    );
    const csrf = jar.get(CSRF_COOKIE) ?? '';
    return {
      cookie: `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE)}; ${CSRF_COOKIE}=${csrf}`,
      csrf,
    };
  }
  const listOf = async (session: Session | undefined): Promise<Response> =>
    fetch(`${server.url}/api/trpc/inputImages.list`, {
      headers: session ? { cookie: session.cookie } : {},
    });
  const namesOf = async (session: Session): Promise<string[]> => {
    const body = (await (await listOf(session)).json()) as {
      result: { data: { name: string }[] };
    };
    return body.result.data.map((image) => image.name);
  };
  const upload = (session: Session | undefined, fileName: string, bytes: Uint8Array) =>
    fetch(`${server.url}/api/trpc/inputImages.upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { cookie: session.cookie, [CSRF_HEADER]: session.csrf } : {}),
      },
      body: JSON.stringify({ fileName, base64: base64(bytes) }),
    });
  const thumbnail = (session: Session | undefined, name: string) =>
    fetch(`${server.url}/api/input-image?name=${encodeURIComponent(name)}`, {
      headers: session ? { cookie: session.cookie } : {},
    });

  beforeAll(async () => {
    test = await openTestContext({ accounts: true });
    server = await startApiServer(test.context);
    ada = await signUp('ada@example.test');
    bob = await signUp('bob@example.test');
    expect((await upload(ada, 'ada.png', adaImage)).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
    await test.close();
  });

  it('asks an anonymous visitor to sign in, and a signed-in one for the CSRF token', async () => {
    expect((await listOf(undefined)).status).toBe(401);
    expect((await upload(undefined, 'x.png', png(1))).status).toBe(401);
    expect((await thumbnail(undefined, 'ada.png')).status).toBe(401);
    const withoutToken = await fetch(`${server.url}/api/trpc/inputImages.upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: ada.cookie },
      body: JSON.stringify({ fileName: 'x.png', base64: base64(png(1)) }),
    });
    expect(withoutToken.status).toBe(403);
  });

  it('keeps each user to their own uploads', async () => {
    expect(await namesOf(ada)).toEqual(['ada.png']);
    expect(await namesOf(bob)).toEqual([]);
  });

  it('serves an upload to its owner only, as the image it is', async () => {
    const mine = await thumbnail(ada, 'ada.png');
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await mine.arrayBuffer())).toEqual(adaImage);
    expect((await thumbnail(ada, '../../secret.png')).status).toBe(404);
    expect((await thumbnail(bob, 'ada.png')).status).toBe(404);
  });
});
