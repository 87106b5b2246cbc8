// Cluster mode as the tRPC API shows it: the health report's cluster part, and a clear 503 when
// the run queue's Redis cannot be reached (the hub's own tests cover the real Redis).
import { type ClusterStatus, type Hub, QueueUnavailableError } from '@tessera/hub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { createCaller } from './app-router.ts';
import { type TestContext, openTestContext, trpcError } from './test-context.ts';

const redisDown: ClusterStatus = {
  serverId: 'server-a',
  redis: { reachable: false },
  queue: null,
  servers: [],
};

describe('cluster mode over tRPC', () => {
  let test: TestContext;
  beforeAll(async () => {
    test = await openTestContext();
  });
  afterAll(() => test.close());

  const withHub = (hub: Partial<Hub>) =>
    createCaller({ ...test.context, hub: { ...test.context.hub, ...hub } });

  it('reports no cluster in embedded mode', async () => {
    const health = await createCaller(test.context).health.get();
    expect(health.cluster).toBeNull();
    expect(health.ok).toBe(true);
  });

  it('reports the servers, their runners and the queue depth; not ok while Redis is unreachable', async () => {
    const up: ClusterStatus = {
      serverId: 'server-a',
      redis: { reachable: true },
      queue: { waiting: 2, active: 1 },
      servers: [
        { id: 'server-a', name: 'web-1:3000', runners: [{ name: 'gpu-0', busy: true }] },
        { id: 'server-b', name: 'web-2:3000', runners: [] },
      ],
    };
    const cluster = (status: ClusterStatus) => ({
      serverId: status.serverId,
      status: () => Promise.resolve(status),
      close: () => Promise.resolve(),
    });
    const healthy = await withHub({ cluster: cluster(up) }).health.get();
    expect(healthy.ok).toBe(true);
    expect(healthy.cluster).toEqual(up);
    const down = await withHub({ cluster: cluster(redisDown) }).health.get();
    expect(down.ok).toBe(false);
    expect(down.cluster?.redis.reachable).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE (HTTP 503) when the run queue cannot be reached', async () => {
    const refusing = withHub({
      enqueue: () => Promise.reject(new QueueUnavailableError('connect ECONNREFUSED')),
    });
    const error = await trpcError(refusing.runs.enqueue({ document: posterWorkflowJson() }));
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/run queue is unavailable \(Redis cannot be reached/);
  });
});
