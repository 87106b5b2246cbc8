// `run:subscribe` over real Socket.IO, with accounts off and on: a run that does not exist and a
// run the user may not see are answered alike, as tRPC answers runs.get; a visible run is joined.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Socket, io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { handleApiRequest } from '../api-routes.ts';
import { attachSockets } from '../sockets.ts';
import { createCaller } from '../trpc/app-router.ts';
import { type TestContext, openTestContext } from '../trpc/test-context.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, parseCookies } from './cookies.ts';

interface Stack {
  readonly test: TestContext;
  readonly base: string;
  stop(): Promise<void>;
}

/** The API routes and Socket.IO of a fresh test context on a free port. */
async function startStack(accounts: boolean): Promise<Stack> {
  const test = await openTestContext({ accounts });
  const http = createServer((req, res) => {
    void handleApiRequest(req, res, test.context).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  const sockets = attachSockets(http, test.context.hub, test.context);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    test,
    base: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    async stop() {
      await sockets.close();
      http.close();
      await test.close();
    },
  };
}

const opened: Socket[] = [];

function connect(base: string, cookie?: string): Promise<Socket> {
  const socket = io(`${base}/client`, {
    transports: ['websocket'],
    reconnection: false,
    ...(cookie === undefined ? {} : { extraHeaders: { cookie } }),
  });
  opened.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** The hub's answer to a subscription; fails the test if none comes. */
const subscribe = (socket: Socket, runId: string): Promise<unknown> =>
  socket.timeout(3000).emitWithAck('run:subscribe', { runId });

const noRun = (runId: string) => ({ ok: false, error: `There is no run with id ${runId}.` });

afterAll(() => {
  for (const socket of opened) socket.close();
});

describe('run:subscribe with accounts off', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(false);
  });
  afterAll(() => stack.stop());

  it('answers a run id that does not exist with “there is no run”', async () => {
    const socket = await connect(stack.base);
    expect(await subscribe(socket, 'no-such-run')).toEqual(noRun('no-such-run'));
  });

  it('joins an existing run, whose events then arrive', async () => {
    const run = await createCaller(stack.test.context).runs.enqueue({
      document: posterWorkflowJson(),
    });
    const socket = await connect(stack.base);
    const heard: string[] = [];
    socket.on('run:event', (event: { type: string }) => heard.push(event.type));
    expect(await subscribe(socket, run.id)).toEqual({ ok: true });
    await stack.test.context.hub.cancel(run.id);
    await expect.poll(() => heard, { timeout: 3000 }).toContain('run-cancelled');
  });
});

describe('run:subscribe with accounts on', () => {
  let stack: Stack;
  let adaCookie = '';
  let bobCookie = '';
  let runId = '';

  async function signUp(email: string): Promise<{ cookie: string; csrf: string }> {
    const res = await fetch(`${stack.base}/api/auth/signup`, {
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
    return { cookie: `${SESSION_COOKIE}=${jar.get(SESSION_COOKIE)}; ${CSRF_COOKIE}=${csrf}`, csrf };
  }

  beforeAll(async () => {
    stack = await startStack(true);
    const ada = await signUp('ada@example.test');
    adaCookie = ada.cookie;
    bobCookie = (await signUp('bob@example.test')).cookie;
    const queued = await fetch(`${stack.base}/api/trpc/runs.enqueue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: ada.cookie, [CSRF_HEADER]: ada.csrf },
      body: JSON.stringify({ document: posterWorkflowJson() }),
    });
    expect(queued.status).toBe(200);
    runId = ((await queued.json()) as { result: { data: { id: string } } }).result.data.id;
  });
  afterAll(() => stack.stop());

  it('joins the owner to her run', async () => {
    expect(await subscribe(await connect(stack.base, adaCookie), runId)).toEqual({ ok: true });
  });

  it('answers another user, and an anonymous visitor, as for a run that does not exist', async () => {
    const bob = await connect(stack.base, bobCookie);
    expect(await subscribe(bob, runId)).toEqual(noRun(runId));
    expect(await subscribe(bob, 'no-such-run')).toEqual(noRun('no-such-run'));
    expect(await subscribe(await connect(stack.base), runId)).toEqual(noRun(runId));
  });

  it('answers a malformed subscription instead of leaving the client waiting', async () => {
    const bob = await connect(stack.base, bobCookie);
    const reply: unknown = await bob.timeout(3000).emitWithAck('run:subscribe', { run: 1 });
    expect(reply).toEqual({
      ok: false,
      error: 'Invalid run:subscribe payload: expected { runId }.',
    });
  });
});
