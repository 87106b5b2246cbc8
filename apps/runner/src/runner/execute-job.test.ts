// A node sees the same `ctx` through the runner's job path as through the engine: both build it
// with the engine's `createNodeContext`. A runner-made context would drift from it (a capability
// left out, run info built differently) and fail here.
import { type EngineEvent, createEngine } from '@tessera/engine';
import { type WorkflowDocument, defineNodeSpec, zWorkflowDocument } from '@tessera/graph';
import { type NodeContext, createNodeRegistry, defineNode } from '@tessera/nodes';
import { memoryFiles, noModels } from '@tessera/nodes/testing';
import type { JobProgress } from '@tessera/protocol';
import { describe, expect, it } from 'vitest';
import { executeJob } from './execute-job.ts';

/** An output node that keeps the context it got and reports once through each channel. */
function probe() {
  const seen: NodeContext[] = [];
  const node = defineNode(
    defineNodeSpec({
      type: 'test.probe',
      version: 1,
      title: 'Probe',
      category: 'test',
      description: '',
      params: [{ name: 'label', kind: 'string', default: 'probe' }],
      inputs: [],
      outputs: [],
      output: true,
    }),
    (ctx) => {
      seen.push(ctx);
      ctx.progress(1, 2);
      ctx.partial({ kind: 'plan-token', index: 0, id: 5, probability: 0.5, width: 1, height: 1 });
      ctx.log.info('probing');
      return Promise.resolve({ outputs: {} });
    },
  );
  return { seen, registry: createNodeRegistry([node]) };
}

const workflow: WorkflowDocument = zWorkflowDocument.parse({
  format: 'tessera.workflow',
  version: 2,
  name: 'Probe',
  nodes: [{ id: 'p', type: 'test.probe', params: { label: 'hello' } }],
  edges: [],
});

const capabilities = { models: noModels, files: memoryFiles(), clock: { now: () => 1_000 } };

/** What a report says, whichever path sent it. */
function reportOf(event: EngineEvent | JobProgress): string | undefined {
  switch (event.type) {
    case 'node-progress':
    case 'progress':
      return `progress ${event.step}/${event.total}`;
    case 'node-partial':
    case 'partial':
      return `partial ${event.output.kind}`;
    case 'node-log':
    case 'log':
      return `log ${event.level} ${event.message}`;
    default:
      return undefined;
  }
}

async function throughEngine(signal: AbortSignal) {
  const { seen, registry } = probe();
  const reports: string[] = [];
  const engine = createEngine({ registry, ...capabilities });
  const onEvent = (event: EngineEvent) => {
    const report = reportOf(event);
    if (report !== undefined) reports.push(report);
  };
  const result = await engine.run({ workflow, runId: 'run-1', signal, onEvent });
  expect(result.failures).toEqual([]);
  return { ctx: seen[0]!, reports };
}

async function throughRunner(signal: AbortSignal) {
  const { seen, registry } = probe();
  const reports: string[] = [];
  const offer = {
    jobId: 'job-1',
    runId: 'run-1',
    nodeId: 'p',
    nodeType: 'test.probe',
    attempt: 1,
    params: { label: 'hello' },
    workflow: structuredClone(workflow) as unknown as Record<string, unknown>,
    inputs: {},
  };
  const report = (event: JobProgress) => {
    const line = reportOf(event);
    if (line !== undefined) reports.push(line);
  };
  await executeJob({ offer, signal, report }, { registry, ...capabilities });
  return { ctx: seen[0]!, reports };
}

describe('a node run through the runner’s job path', () => {
  it('gets the same context as through the engine: capabilities, run info and reports', async () => {
    const signal = new AbortController().signal;
    const engine = await throughEngine(signal);
    const runner = await throughRunner(signal);

    expect(Object.keys(runner.ctx).sort()).toEqual(Object.keys(engine.ctx).sort());
    expect(Object.keys(runner.ctx.log).sort()).toEqual(Object.keys(engine.ctx.log).sort());
    for (const { ctx } of [engine, runner]) {
      expect(ctx.signal).toBe(signal);
      expect(ctx.models).toBe(capabilities.models);
      expect(ctx.files).toBe(capabilities.files);
      expect(ctx.clock).toBe(capabilities.clock);
    }
    expect(runner.ctx.params).toEqual(engine.ctx.params);
    expect(runner.ctx.inputs).toEqual(engine.ctx.inputs);
    expect(runner.ctx.run).toEqual(engine.ctx.run);
    expect(engine.reports).toEqual(['progress 1/2', 'partial plan-token', 'log info probing']);
    expect(runner.reports).toEqual(engine.reports);
  });
});
