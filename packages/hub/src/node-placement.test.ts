// Placing a node: a run cancelled while the placement is being recorded offers the runner
// nothing (an abort listener added after the abort would never fire) and frees the runner.
import type { WorkflowDocument } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { type NodePlacementRequest, placeNode } from './node-placement.ts';
import { RunnerLinks } from './runner-links.ts';

const workflow = {
  format: 'tessera.workflow',
  version: 2,
  nodes: [],
  edges: [],
} as unknown as WorkflowDocument;

describe('placeNode', () => {
  it('offers nothing and frees the runner when the run is cancelled as its placement is recorded', async () => {
    const links = new RunnerLinks();
    let offers = 0;
    links.add({
      connectionId: 'only',
      name: 'only',
      nodeTypes: new Set(['ar.plan']),
      offer: () => {
        offers += 1;
        return Promise.resolve({ ok: true });
      },
      cancel: () => undefined,
    });
    const controller = new AbortController();
    const request: NodePlacementRequest = {
      runId: 'run-1',
      node: { id: 'plan', type: 'ar.plan' },
      model: undefined,
      params: {},
      workflow,
      sourceWorkflow: workflow,
      inputs: {},
      prefer: [],
      driveId: 'drive-1',
      signal: controller.signal,
    };
    const events: string[] = [];
    const placement = await placeNode(
      request,
      { links, placementTimeoutMs: 1_000 },
      (event) => events.push(event.type),
      async () => {
        controller.abort(); // the user cancels while the driver writes where the node runs
        await Promise.resolve();
      },
    );
    expect(placement.outcome).toBeUndefined();
    expect(offers).toBe(0);
    expect(events).toEqual([]);
    expect(links.busy('only')).toBe(false);
  });
});
