// Executes one node job the hub offered: the node's implementation with the engine's NodeContext
// (`createNodeContext`), its inputs taken from the offer instead of from upstream nodes and what
// it reports sent to the hub as job progress.
import { type NodeReporter, createNodeContext, planRun } from '@tessera/engine';
import { type WorkflowDocument, readDocument, validate } from '@tessera/graph';
import type { Clock, ModelAccess, NodeRegistry, OutputFiles, PartialOutput } from '@tessera/nodes';
import { TESSERA_VERSION } from '@tessera/nodes/specs';
import {
  type JobOffer,
  type JobProgress,
  type NodeDisplayWire,
  type PartialWire,
  type WireValues,
  fromWireValue,
  toWireValue,
} from '@tessera/protocol';
import { toDisplayWire } from './display-wire.ts';

export interface JobCapabilities {
  readonly registry: NodeRegistry;
  readonly models: ModelAccess;
  readonly files: OutputFiles;
  readonly clock: Clock;
}

export interface ExecuteJobRequest {
  readonly offer: JobOffer;
  readonly signal: AbortSignal;
  /** Progress, partial outputs and logs, as they happen. */
  readonly report: (event: JobProgress) => void;
}

export interface JobOutputs {
  readonly outputs: WireValues;
  readonly ms: number;
  /** What an output node shows (the files `image.save` wrote). */
  readonly display?: NodeDisplayWire;
}

function partialToWire(output: PartialOutput): PartialWire {
  if (output.kind === 'plan-token') return output;
  const image = toWireValue('IMAGE', output.image);
  if (image.type !== 'IMAGE') throw new Error('A preview image could not be encoded');
  return { kind: 'image-preview', step: output.step, steps: output.steps, image };
}

/** A reporter that sends what the node reports to the hub as job progress, in wire form. */
function jobReporter(report: (event: JobProgress) => void): NodeReporter {
  return {
    progress: (step, total) => report({ type: 'progress', step, total }),
    partial: (output) => report({ type: 'partial', output: partialToWire(output) }),
    log: (level, message) => report({ type: 'log', level, message }),
  };
}

/**
 * The document saved files embed: the offer's document as written (components kept) when the hub
 * sent a readable one, else the flattened document the job runs.
 */
function sourceWorkflowOf(offer: JobOffer, flattened: WorkflowDocument): WorkflowDocument {
  if (offer.sourceWorkflow === undefined) return flattened;
  const read = readDocument(offer.sourceWorkflow);
  return read.ok ? read.document : flattened;
}

/**
 * Runs `offer.nodeId` of `offer.workflow` with the offered inputs. Throws for a document this
 * runner cannot run, a node type it does not have, a missing input or a failing node; the
 * outputs come back in their wire form.
 */
export async function executeJob(
  request: ExecuteJobRequest,
  capabilities: JobCapabilities,
): Promise<JobOutputs> {
  const { offer, signal, report } = request;
  const { registry, models, files, clock } = capabilities;
  const checked = validate(offer.workflow, registry.catalogue);
  if (!checked.ok) {
    const errors = checked.problems.filter((problem) => problem.severity === 'error');
    throw new Error(`The workflow cannot run here: ${errors.map((p) => p.message).join(' ')}`);
  }
  const flatPlan = planRun(checked.document, registry, [offer.nodeId]);
  const plan = { ...flatPlan, sourceWorkflow: sourceWorkflowOf(offer, flatPlan.workflow) };
  const planned = plan.nodes.find((node) => node.id === offer.nodeId);
  if (planned === undefined) throw new Error(`No node "${offer.nodeId}" in the workflow`);
  const { spec } = planned.implementation;
  if (spec.type !== offer.nodeType)
    throw new Error(`Node "${offer.nodeId}" is a ${spec.type}, not a ${offer.nodeType}`);

  const inputs: Record<string, unknown> = {};
  for (const input of spec.inputs) {
    const wire = offer.inputs[input.name];
    if (wire !== undefined) inputs[input.name] = fromWireValue(wire);
    else if (planned.sources.has(input.name))
      throw new Error(`The job for "${offer.nodeId}" came without its input "${input.name}"`);
  }

  const scope = {
    runId: offer.runId,
    plan,
    models,
    files,
    clock,
    signal,
    tesseraVersion: TESSERA_VERSION,
  };
  const ctx = createNodeContext(scope, planned, inputs, jobReporter(report));
  const begun = clock.now();
  const result = await planned.implementation.execute(ctx);
  const outputs: WireValues = {};
  for (const output of spec.outputs) {
    const value = result.outputs[output.name];
    if (value === undefined) throw new Error(`${spec.type} returned no "${output.name}"`);
    outputs[output.name] = toWireValue(output.type, value);
  }
  const display = toDisplayWire(result.display);
  return { outputs, ms: clock.now() - begun, ...(display ? { display } : {}) };
}
