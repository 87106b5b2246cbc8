// With accounts on, the ComfyUI-compatible API asks for a bearer token made on the account page
// (tRPC apiTokens), and a token reaches only its owner's runs. A real server over a real SQLite
// database; the hub is not started, so queued runs stay queued.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ComfyApiServer, createComfyApiServer } from '@tessera/comfy-api';
import type { UserId } from '@tessera/db';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { createCaller } from '../trpc/app-router.ts';
import { type TestContext, as, openTestContext, trpcError } from '../trpc/test-context.ts';
import { userOfApiToken } from './api-tokens.ts';
import { createComfyBackend } from './comfy-backend.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
const poster: unknown = JSON.parse(
  readFileSync(path.join(repoRoot, 'packages/comfy-api/fixtures/poster.api.json'), 'utf8'),
);

let test: TestContext;
let api: ComfyApiServer;
let url: string;
const tokens: { ada?: string; bob?: string } = {};
let adaId: UserId;

const userActor = (userId: UserId, name: string): Actor => ({
  kind: 'user',
  userId,
  email: `${name}@x.test`,
  displayName: name,
  sessionId: `s-${name}`,
  csrfToken: 'c',
});

beforeAll(async () => {
  test = await openTestContext({ accounts: true });
  const { database, hub, runners, dataDir } = test.context;
  const ada = await database.users.create({ email: 'ada@x.test', passwordHash: 'h' });
  const bob = await database.users.create({ email: 'bob@x.test', passwordHash: 'h' });
  adaId = ada.id;
  tokens.ada = (
    await createCaller(as(test.context, userActor(ada.id, 'ada'))).apiTokens.create({ name: 'a' })
  ).token;
  tokens.bob = (
    await createCaller(as(test.context, userActor(bob.id, 'bob'))).apiTokens.create({ name: 'b' })
  ).token;
  const backend = createComfyBackend({
    database,
    hub,
    runners,
    catalogue: createNodeCatalogue(),
    dataDir,
    version: 'test',
    accounts: true,
    userOfToken: (token) => userOfApiToken(database, token),
  });
  api = createComfyApiServer({ backend });
  url = `http://127.0.0.1:${await api.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await api?.close();
  await test?.close();
});

const call = (route: string, token: string | undefined, body?: unknown) =>
  fetch(`${url}${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

function socketStatus(token: string | undefined): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/ws?clientId=t`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_, response) => resolve(response.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

describe('the ComfyUI-compatible API with accounts on', () => {
  it('answers 401 without a live token, over HTTP and the WebSocket', async () => {
    expect((await call('/prompt', undefined)).status).toBe(401);
    expect((await call('/api/object_info', 'tsr_not-a-real-token')).status).toBe(401);
    expect(await socketStatus(undefined)).toBe(401);
    expect((await call('/prompt', tokens.ada)).status).toBe(200);
    expect(await socketStatus(tokens.ada)).toBe('open');
  });

  it('lets a token reach only its owner’s runs', async () => {
    const queued = await call('/prompt', tokens.ada, { prompt: poster, prompt_id: 'ada-1' });
    expect(queued.status).toBe(200);
    const pending = async (token: string | undefined) =>
      ((await (await call('/queue', token)).json()) as { queue_pending: unknown[][] })
        .queue_pending;
    expect((await pending(tokens.ada)).map((item) => item[1])).toEqual(['ada-1']);
    expect(await pending(tokens.bob)).toEqual([]);

    await call('/queue', tokens.bob, { delete: ['ada-1'] });
    await call('/queue', tokens.bob, { clear: true });
    expect((await pending(tokens.ada)).map((item) => item[1])).toEqual(['ada-1']);
    const runs = await test.context.database.runs.list({ ownerId: adaId });
    expect(runs.map((run) => run.status)).toEqual(['queued']);
  });

  it('stops a revoked token, and makes tokens only for a signed-in user', async () => {
    const ada = createCaller(as(test.context, userActor(adaId, 'ada')));
    const listed = await ada.apiTokens.list();
    expect(listed.tokens.map((t) => t.prefix)).toEqual([tokens.ada?.slice(0, 10)]);
    expect(JSON.stringify(listed)).not.toContain(tokens.ada); // shown once, never listed
    await ada.apiTokens.revoke({ id: listed.tokens[0]!.id });
    expect((await call('/prompt', tokens.ada)).status).toBe(401);
    const anonymous = createCaller(as(test.context, { kind: 'anonymous' }));
    expect((await trpcError(anonymous.apiTokens.create({ name: 'x' }))).code).toBe('UNAUTHORIZED');
  });
});
