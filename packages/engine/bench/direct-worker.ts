// `tsx bench/direct-worker.ts <workflow.json>` (in packages/engine): the app bench's baseline, a
// workflow through the engine in this one process, with the model package and node registry a
// runner uses. Loads the models (every session, so that the first measured run is warm), prints
// `ready`, then runs the workflow once per line it reads on stdin and prints one JSON line per
// run: `{ ms, nodes: { <node id>: ms } }` (wall-clock, node-started → node-finished). Each run has
// a fresh engine: no output cache, every node executes. Ends with stdin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { zWorkflowDocument } from '@tessera/graph';
import { silentLogger } from '@tessera/inference';
import { createBuiltinRegistry, createOutputFolder, lazyModelAccess } from '@tessera/nodes';
import { createEngine } from '../src/engine.ts';
import type { EngineEvent } from '../src/events.ts';
import { TESSERA_TINY } from './poster-variants.ts';

const workflowPath = process.argv[2];
if (workflowPath === undefined) throw new Error('usage: direct-worker.ts <workflow.json>');
const workflow = zWorkflowDocument.parse(JSON.parse(readFileSync(workflowPath, 'utf8')));
const models = lazyModelAccess(TESSERA_TINY, { logger: silentLogger, preload: true });
const registry = createBuiltinRegistry();
const out = mkdtempSync(join(tmpdir(), 'tessera-bench-direct-'));
const clock = { now: () => performance.now() };
const round = (ms: number): number => Number(ms.toFixed(1));

/** Node id → its wall-clock time, from the run's node-started and node-finished events. */
function nodeTimer(): { onEvent: (event: EngineEvent) => void; nodes: Record<string, number> } {
  const started = new Map<string, number>();
  const nodes: Record<string, number> = {};
  return {
    nodes,
    onEvent: (event) => {
      if (event.type === 'node-started') started.set(event.nodeId, event.at);
      if (event.type === 'node-finished' && !event.cached)
        nodes[event.nodeId] = round(event.at - (started.get(event.nodeId) ?? event.at));
    },
  };
}

async function runOnce(): Promise<string> {
  const engine = createEngine({ registry, models, files: createOutputFolder(out), clock });
  const timer = nodeTimer();
  const t0 = performance.now();
  const result = await engine.run({ workflow, onEvent: timer.onEvent });
  const ms = performance.now() - t0;
  if (result.status !== 'succeeded')
    throw new Error(`the direct run ${result.status}: ${JSON.stringify(result.failures)}`);
  return JSON.stringify({ ms: round(ms), nodes: timer.nodes });
}

try {
  await models.load();
  process.stdout.write('ready\n');
  for await (const _line of createInterface({ input: process.stdin }))
    process.stdout.write(`${await runOnce()}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
