import { nodeId, zWorkflowDocument } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import type { RunInfo } from '../context/node-context.ts';
import { buildRunManifest } from './run-manifest.ts';

const edge = (id: string, from: string, to: string, port: string) => ({
  id,
  from: { node: from, port: 'out' },
  to: { node: to, port },
});

const workflow = zWorkflowDocument.parse({
  format: 'tessera.workflow',
  version: 2,
  name: 'two branches',
  nodes: ['prompt', 'plan', 'decode', 'save', 'other', 'other-save'].map((id) => ({
    id,
    type: `t.${id}`,
  })),
  edges: [
    edge('e1', 'prompt', 'plan', 'prompt'),
    edge('e2', 'plan', 'decode', 'plan'),
    edge('e3', 'prompt', 'decode', 'prompt'),
    edge('e4', 'decode', 'save', 'image'),
    edge('e5', 'other', 'other-save', 'image'),
  ],
});

const runNode = (id: string, params: Record<string, unknown>, seeds: string[] = []) => ({
  id: nodeId(id),
  type: `t.${id}`,
  version: 1,
  params,
  seeds,
});

const run: RunInfo = {
  runId: 'run-123',
  nodeId: nodeId('save'),
  workflow,
  sourceWorkflow: workflow,
  tesseraVersion: '1.2.3',
  nodes: [
    runNode('other', { seed: 9 }, ['seed']),
    runNode('prompt', { text: 'hi' }),
    runNode('plan', { seed: 7, temperature: 0.9 }, ['seed']),
    runNode('decode', { steps: 2, seed: 0 }, ['seed']),
    runNode('save', { prefix: 'poster' }),
    runNode('other-save', { prefix: 'x' }),
  ],
};

const model = { id: 'tessera-tiny', revision: 1, files: { 'onnx/planner.onnx': 'ab'.repeat(32) } };

describe('buildRunManifest', () => {
  it('records the saved image’s upstream nodes with params and seeds, the model and version', () => {
    expect(buildRunManifest(run, model)).toEqual({
      format: 'tessera.run',
      version: 1,
      tessera: '1.2.3',
      savedBy: 'save',
      model,
      nodes: [
        { id: 'prompt', type: 't.prompt', version: 1, params: { text: 'hi' } },
        { id: 'plan', type: 't.plan', version: 1, params: { seed: 7, temperature: 0.9 } },
        { id: 'decode', type: 't.decode', version: 1, params: { steps: 2, seed: 0 } },
        { id: 'save', type: 't.save', version: 1, params: { prefix: 'poster' } },
      ],
      seeds: { 'plan.seed': 7, 'decode.seed': 0 },
    });
  });

  it('leaves out what differs between identical runs (run id, time)', () => {
    const again = buildRunManifest({ ...run, runId: 'run-456' }, model);
    expect(JSON.stringify(again)).toBe(JSON.stringify(buildRunManifest(run, model)));
    expect(JSON.stringify(again)).not.toContain('run-');
  });
});
