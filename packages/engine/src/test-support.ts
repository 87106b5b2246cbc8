// Helpers for this package's tests (not exported).
import { type WorkflowDocument, zWorkflowDocument } from '@tessera/graph';
import { createNodeRegistry } from '@tessera/nodes';
import { memoryFiles, noModels } from '@tessera/nodes/testing';
import { type Engine, type EngineOptions, createEngine } from './engine.ts';
import type { EngineEvent } from './events.ts';
import { executed, fakeNodes, sunk } from './fake-nodes.ts';

export { executed, sunk };

/** An engine over the fake nodes, with no model and an in-memory output folder. */
export function fakeEngine(options: Partial<EngineOptions> = {}): Engine {
  executed.length = 0;
  sunk.length = 0;
  return createEngine({
    registry: createNodeRegistry(fakeNodes),
    models: noModels,
    files: memoryFiles(),
    ...options,
  });
}

type NodeEntry = { type: string; params?: Record<string, unknown> };

/** A workflow of `nodes` (by id) wired by `edges` written `"a.out -> b.in"`. */
export function workflow(nodes: Record<string, NodeEntry>, edges: string[] = []): WorkflowDocument {
  const ref = (text: string) => {
    const [node, port] = text.trim().split('.');
    return { node, port };
  };
  return zWorkflowDocument.parse({
    format: 'tessera.workflow',
    version: 2,
    name: 'test',
    nodes: Object.entries(nodes).map(([id, node]) => ({ id, ...node })),
    edges: edges.map((text, i) => {
      const [from = '', to = ''] = text.split('->');
      return { id: `e${i}`, from: ref(from), to: ref(to) };
    }),
  });
}

/** Collects events, for `run({ onEvent })`. */
export function recorder() {
  const events: EngineEvent[] = [];
  return { events, onEvent: (event: EngineEvent) => void events.push(event) };
}

/** `type:node` of each event (`type` alone for run events), a readable summary of a run. */
export function summary(events: readonly EngineEvent[]): string[] {
  return events.map((event) => ('nodeId' in event ? `${event.type}:${event.nodeId}` : event.type));
}

/** Ids of the nodes whose `node-finished` event says `cached`. */
export function cacheHits(events: readonly EngineEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'node-finished' && e.cached ? [e.nodeId] : []));
}
