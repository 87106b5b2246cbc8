// The API routes over real HTTP: request bodies are bounded, so no visitor can make the server
// hold an arbitrarily large body in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TRPC_BODY_BYTES } from './api-routes.ts';
import { type ApiTestServer, startApiServer } from './http/test-server.ts';
import { type TestContext, openTestContext } from './trpc/test-context.ts';

let test: TestContext;
let server: ApiTestServer;

beforeAll(async () => {
  test = await openTestContext();
  server = await startApiServer(test.context);
});

afterAll(async () => {
  await server.close();
  await test.close();
});

describe('API request bodies', () => {
  it('refuses a tRPC body over the limit with 413 and keeps serving', async () => {
    const name = 'x'.repeat(MAX_TRPC_BODY_BYTES);
    const res = await fetch(`${server.url}/api/trpc/workflows.rename`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'w1', name }),
    });
    expect(res.status).toBe(413);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });
});
