import type { NodeId, NodeSpec, Params, WorkflowDocument } from '@tessera/graph';
import type { Clock, ModelAccess, NodeLog, OutputFiles, SavedFile } from './capabilities.ts';
import type { ImageValue } from './port-values.ts';

/** A node of the run, as manifests record it. */
export interface RunNode {
  readonly id: NodeId;
  readonly type: string;
  /** The spec version (part of what the node computes). */
  readonly version: number;
  /** Resolved params: defaults applied, unknown ones dropped. Seeds are among them. */
  readonly params: Params;
  /** Names of its params of kind `seed`. */
  readonly seeds: readonly string[];
}

/** The run a node executes in. Nothing here may end up in a saved file except as documented. */
export interface RunInfo {
  /** Differs between runs: never write it into an artifact that must be reproducible. */
  readonly runId: string;
  readonly nodeId: NodeId;
  /**
   * The document being run (validated, migrated), flattened: component instances replaced by
   * their inner nodes (`instance/inner`), as `nodes` and the node ids speak of them.
   */
  readonly workflow: WorkflowDocument;
  /**
   * The same document as its author wrote it, component instances and definitions kept: what a
   * saved file embeds, so that opening the file brings the components back.
   */
  readonly sourceWorkflow: WorkflowDocument;
  /** Every node of the run in execution order, with resolved params. */
  readonly nodes: readonly RunNode[];
  /** The Tessera release doing the run (recorded in run manifests). */
  readonly tesseraVersion: string;
}

/** Something to show while a node works, streamed as it happens. */
export type PartialOutput =
  | {
      /** One plan token, as sampled (raster order). */
      readonly kind: 'plan-token';
      readonly index: number;
      readonly id: number;
      readonly probability: number;
      readonly width: number;
      readonly height: number;
    }
  | {
      /** The decoder's current estimate of the final image. */
      readonly kind: 'image-preview';
      readonly step: number;
      readonly steps: number;
      readonly image: ImageValue;
    };

/** What an output node shows when it finishes (kept with the node's cached result). */
export type NodeDisplay =
  | { readonly kind: 'image'; readonly image: ImageValue }
  | {
      readonly kind: 'saved';
      readonly files: readonly (SavedFile & { readonly width: number; readonly height: number })[];
    };

/**
 * Everything a node's `execute` may use. Models, files and time come only from here (injected),
 * so a node runs the same in a runner, the CLI or a test with fakes.
 */
export interface NodeContext {
  /** Resolved params (defaults applied); `defineNode` checks and types them. */
  readonly params: Params;
  /** Input port → upstream value; unconnected optional inputs are absent. */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly models: ModelAccess;
  readonly files: OutputFiles;
  readonly clock: Clock;
  /** Fires on cancellation: check it between model steps and pass it to samplers. */
  readonly signal: AbortSignal;
  /** `step` of `total` done. */
  progress(step: number, total: number): void;
  partial(output: PartialOutput): void;
  readonly log: NodeLog;
  readonly run: RunInfo;
}

/** What `execute` returns: a value per output port, and what an output node shows. */
export interface NodeResult {
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly display?: NodeDisplay;
}

/** A node type: its spec (metadata) and the code that runs it. */
export interface NodeImplementation {
  readonly spec: NodeSpec;
  execute(ctx: NodeContext): Promise<NodeResult>;
}
