import { type NodeId, type WorkflowDocument, nodeId, zWorkflowDocument } from '@tessera/graph';
import type { LoadedModel, ModelAccess } from '../context/capabilities.ts';
import type { NodeContext, PartialOutput, RunInfo } from '../context/node-context.ts';
import { memoryFiles } from './memory-files.ts';

/** `ModelAccess` for code that must not touch a model: `load()` rejects, naming the test. */
export const noModels: ModelAccess = {
  load: () => Promise.reject(new Error('this test provides no model')),
};

/** `ModelAccess` handing out `model` (a fake or a real loaded package). */
export function modelsOf(model: LoadedModel): ModelAccess {
  return { load: () => Promise.resolve(model) };
}

export const silentLog = { debug() {}, info() {}, warn() {}, error() {} };

const emptyWorkflow: WorkflowDocument = zWorkflowDocument.parse({
  format: 'tessera.workflow',
  version: 2,
  name: 'test',
  nodes: [],
  edges: [],
});

/** A node context with harmless defaults, recording progress and partial outputs. */
export interface TestContext extends NodeContext {
  readonly progressSteps: [number, number][];
  readonly partials: PartialOutput[];
}

export function testContext(
  overrides: Partial<Omit<NodeContext, 'run'>> & { run?: Partial<RunInfo> } = {},
): TestContext {
  const progressSteps: [number, number][] = [];
  const partials: PartialOutput[] = [];
  const { run, ...rest } = overrides;
  const id: NodeId = run?.nodeId ?? nodeId('node');
  return {
    params: {},
    inputs: {},
    models: noModels,
    files: memoryFiles(),
    clock: { now: () => 0 },
    signal: new AbortController().signal,
    progress: (step, total) => progressSteps.push([step, total]),
    partial: (output) => partials.push(output),
    log: silentLog,
    ...rest,
    run: {
      runId: 'test-run',
      nodeId: id,
      workflow: emptyWorkflow,
      nodes: [],
      tesseraVersion: '0.0.0-test',
      ...run,
      sourceWorkflow: run?.sourceWorkflow ?? run?.workflow ?? emptyWorkflow,
    },
    progressSteps,
    partials,
  };
}
