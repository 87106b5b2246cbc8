// Engine events for the display tests: a small run, written out by hand.
import type { EngineEvent } from '@tessera/engine';
import { type NodeId, type WorkflowDocument, nodeId, zWorkflowDocument } from '@tessera/graph';

export const workflow: WorkflowDocument = zWorkflowDocument.parse({
  format: 'tessera.workflow',
  version: 2,
  name: 'test',
  nodes: [
    { id: 'prompt', type: 'prompt', params: { text: 'x' } },
    { id: 'plan', type: 'ar.plan', title: 'My planner' },
    { id: 'decode', type: 'diffusion.decode' },
    { id: 'save', type: 'image.save' },
  ],
  edges: [],
});

let clock = 1_000;
const base = () => ({ runId: 'r1', at: (clock += 10) });
const node = (id: string, nodeType: string) => ({ ...base(), nodeId: nodeId(id), nodeType });

export const started = (): EngineEvent => ({
  ...base(),
  type: 'run-started',
  order: ['prompt', 'plan', 'decode', 'save'].map((id) => id as NodeId),
});
export const cachedPrompt = (): EngineEvent => ({
  ...node('prompt', 'prompt'),
  type: 'node-finished',
  cached: true,
  ms: 0,
  result: { outputs: { prompt: 'x' } },
});
export const planStarted = (): EngineEvent => ({
  ...node('plan', 'ar.plan'),
  type: 'node-started',
});
export const planStep = (step: number, total = 256): EngineEvent => ({
  ...node('plan', 'ar.plan'),
  type: 'node-progress',
  step,
  total,
});
export const planFinished = (): EngineEvent => ({
  ...node('plan', 'ar.plan'),
  type: 'node-finished',
  cached: false,
  ms: 1234,
  result: { outputs: {} },
});
export const decodeFailed = (): EngineEvent => ({
  ...node('decode', 'diffusion.decode'),
  type: 'node-failed',
  message: 'out of memory',
  error: new Error('out of memory'),
});
export const saveSkipped = (): EngineEvent => ({
  ...node('save', 'image.save'),
  type: 'node-skipped',
  blockedBy: nodeId('decode'),
});
