// Accounts on, two users signed in through /api/auth over real HTTP: artifact URLs, tRPC over
// HTTP (with its CSRF check) and Socket.IO run subscriptions refuse the other user's private run.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunId, asId } from '@tessera/db';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { handleApiRequest } from '../api-routes.ts';
import { attachSockets } from '../sockets.ts';
import { type TestContext, openTestContext } from '../trpc/test-context.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, parseCookies } from './cookies.ts';

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

let test: TestContext;
let base = '';
let stop: () => Promise<void> = () => Promise.resolve();
let ada: Session;
let bob: Session;
let runId: RunId;
let artifactId: string;

async function signUp(email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/signup`, {
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
  return {
    cookie: `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE)}; ${CSRF_COOKIE}=${jar.get(CSRF_COOKIE)}`,
    csrf: jar.get(CSRF_COOKIE) ?? '',
  };
}

/** A tRPC mutation over HTTP, as the browser sends it. */
const mutate = (path: string, input: unknown, headers: Record<string, string>) =>
  fetch(`${base}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

beforeAll(async () => {
  test = await openTestContext({ accounts: true });
  const server = test.context;
  const http = createServer((req, res) => {
    void handleApiRequest(req, res, server).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  const sockets = attachSockets(http, server.hub, server);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  stop = async () => {
    await sockets.close();
    http.close();
  };
  ada = await signUp('ada@example.test');
  bob = await signUp('bob@example.test');
  const queued = await mutate(
    'runs.enqueue',
    { document: posterWorkflowJson() },
    { cookie: ada.cookie, [CSRF_HEADER]: ada.csrf },
  );
  expect(queued.status).toBe(200);
  const body = (await queued.json()) as { result: { data: { id: string } } };
  runId = asId<RunId>(body.result.data.id);
  const plan = await server.database.artifacts.create({
    runId,
    nodeId: asId('plan'),
    port: 'plan',
    kind: 'token_plan',
    bytes: new Uint8Array([1, 2, 3]),
  });
  artifactId = plan.id;
});

afterAll(async () => {
  await stop();
  await test.close();
});

describe('authorization over HTTP and Socket.IO with accounts on', () => {
  it('serves an artifact to its run’s owner only (others get the not-found answer)', async () => {
    const get = (headers: Record<string, string>) =>
      fetch(`${base}/api/artifacts/${artifactId}`, { headers });
    const hers = await get({ cookie: ada.cookie });
    expect(hers.status).toBe(200);
    expect(hers.headers.get('cache-control')).toMatch(/^private/);
    expect((await get({ cookie: bob.cookie })).status).toBe(404);
    expect((await get({})).status).toBe(404);
  });

  it('refuses a tRPC mutation without the CSRF header, and runs.get of her run to him', async () => {
    const noHeader = await mutate('runs.cancel', { id: runId }, { cookie: ada.cookie });
    expect(noHeader.status).toBe(403);
    const wrongHeader = await mutate(
      'runs.cancel',
      { id: runId },
      { cookie: ada.cookie, [CSRF_HEADER]: bob.csrf },
    );
    expect(wrongHeader.status).toBe(403);
    const input = encodeURIComponent(JSON.stringify({ id: runId }));
    const his = await fetch(`${base}/api/trpc/runs.get?input=${input}`, {
      headers: { cookie: bob.cookie },
    });
    expect(his.status).toBe(404);
    const anonymous = await fetch(`${base}/api/trpc/workflows.list`);
    expect(anonymous.status).toBe(401);
  });

  it('delivers a run’s events to its owner’s socket and never to another user’s', async () => {
    const connect = (cookie: string): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const socket = io(`${base}/client`, {
          transports: ['websocket'],
          extraHeaders: { cookie },
        });
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    const hers = await connect(ada.cookie);
    const his = await connect(bob.cookie);
    const heard = { ada: [] as string[], bob: [] as string[] };
    hers.on('run:event', (e: { type: string }) => heard.ada.push(e.type));
    his.on('run:event', (e: { type: string }) => heard.bob.push(e.type));
    hers.emit('run:subscribe', { runId });
    his.emit('run:subscribe', { runId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await test.context.hub.cancel(runId);
    await expect.poll(() => heard.ada, { timeout: 3000 }).toContain('run-cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.bob).toEqual([]);
    hers.close();
    his.close();
  });

  it('closes the sockets of a session when it signs out', async () => {
    const session = await signUp('eve@example.test');
    const socket = io(`${base}/client`, {
      transports: ['websocket'],
      extraHeaders: { cookie: session.cookie },
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const out = await mutateAuth('signout', {
      cookie: session.cookie,
      [CSRF_HEADER]: session.csrf,
    });
    expect(out.status).toBe(200);
    expect(await closed).toBe('io server disconnect');
  });
});

function mutateAuth(route: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/api/auth/${route}`, { method: 'POST', headers });
}
