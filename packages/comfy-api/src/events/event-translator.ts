// Tessera run events → ComfyUI WebSocket messages for one prompt: execution_start,
// execution_cached, executing, progress, executed, execution_success | execution_error |
// execution_interrupted, then `executing {node: null}`; binary preview frames for decoder steps
// and the growing plan. The prompt's record collects what its history entry reports.
import type { Catalogue } from '@tessera/graph';
import type { PartialWire, RunEvent } from '@tessera/protocol';
import { outputImagesOf } from '../prompts/output-images.ts';
import type { PromptRecord } from '../prompts/prompt-book.ts';
import { imageFrame, planFrame } from './preview-frames.ts';

export type Outgoing =
  | { readonly kind: 'json'; readonly type: string; readonly data: Record<string, unknown> }
  | { readonly kind: 'binary'; readonly bytes: Uint8Array };

/** Send a plan mosaic every this many tokens (and at the last one). */
const PLAN_FRAME_EVERY = 16;

interface Execution {
  /** Cached nodes not yet reported: ComfyUI reports them together, in one execution_cached. */
  cached: string[];
  running: { nodeId: string; nodeType: string } | undefined;
  failure: { nodeId: string; nodeType: string } | undefined;
  plans: Map<string, Int32Array>;
}

/** Partial outputs that carry plan tokens. */
type PlanTokens = Exclude<PartialWire, { kind: 'image-preview' }>;

const json = (type: string, data: Record<string, unknown>): Outgoing => ({
  kind: 'json',
  type,
  data,
});

export class EventTranslator {
  readonly #executions = new Map<string, Execution>();

  constructor(private readonly catalogue: Catalogue) {}

  translate(record: PromptRecord, event: RunEvent): Outgoing[] {
    const prompt_id = record.promptId;
    const timestamp = event.at;
    const state = this.#state(record.runId);
    const out: Outgoing[] = [];
    const remember = (type: string, data: Record<string, unknown>): void => {
      record.messages.push([type, data]);
      out.push(json(type, data));
    };
    const flushCached = (): void => {
      if (state.cached.length === 0) return;
      const nodes = state.cached;
      state.cached = [];
      remember('execution_cached', { nodes, prompt_id, timestamp });
      for (const node of nodes) this.#executed(record, node, out);
    };
    switch (event.type) {
      case 'run-queued':
        break;
      case 'run-started':
        remember('execution_start', { prompt_id, timestamp });
        break;
      case 'node-started':
        flushCached();
        state.running = { nodeId: event.nodeId, nodeType: event.nodeType };
        out.push(json('executing', { node: event.nodeId, display_node: event.nodeId, prompt_id }));
        break;
      case 'node-progress':
        out.push(
          json('progress', { value: event.step, max: event.total, prompt_id, node: event.nodeId }),
        );
        break;
      case 'node-partial': {
        const { output } = event;
        if (output.kind === 'image-preview') {
          out.push({ kind: 'binary', bytes: imageFrame(output.image) });
        } else {
          const frame = this.#planTokens(state, event.nodeId, output);
          if (frame) out.push({ kind: 'binary', bytes: frame });
        }
        break;
      }
      case 'node-finished':
        record.artifacts.set(event.nodeId, [...event.artifacts]);
        record.executed.push(event.nodeId);
        if (state.running?.nodeId === event.nodeId) state.running = undefined;
        if (event.cached) state.cached.push(event.nodeId);
        else this.#executed(record, event.nodeId, out);
        break;
      case 'node-failed':
        state.failure ??= { nodeId: event.nodeId, nodeType: event.nodeType };
        break;
      case 'node-retry':
      case 'node-skipped':
        break;
      case 'run-finished':
        flushCached();
        remember('execution_success', { prompt_id, timestamp });
        out.push(this.#end(record));
        break;
      case 'run-failed': {
        flushCached();
        const nodeId = event.nodeId ?? state.failure?.nodeId ?? null;
        remember('execution_error', {
          prompt_id,
          node_id: nodeId,
          node_type:
            state.failure?.nodeType ?? (nodeId === null ? null : this.#typeOf(record, nodeId)),
          executed: [...record.executed],
          exception_message: event.error,
          exception_type: 'tessera.RunFailed',
          traceback: [],
          current_inputs: {},
          current_outputs: {},
          timestamp,
        });
        out.push(this.#end(record));
        break;
      }
      case 'run-cancelled':
        flushCached();
        remember('execution_interrupted', {
          prompt_id,
          node_id: state.running?.nodeId ?? null,
          node_type: state.running?.nodeType ?? null,
          executed: [...record.executed],
          timestamp,
        });
        out.push(this.#end(record));
        break;
    }
    return out;
  }

  #state(runId: string): Execution {
    let state = this.#executions.get(runId);
    if (!state) {
      state = { cached: [], running: undefined, failure: undefined, plans: new Map() };
      this.#executions.set(runId, state);
    }
    return state;
  }

  /** Paints plan tokens (one, or a batch) into the node's mosaic; a frame every few tokens. */
  #planTokens(state: Execution, nodeId: string, output: PlanTokens): Uint8Array | undefined {
    const batch = output as { index: number; id?: number; ids?: readonly number[] };
    const ids = batch.ids ?? (batch.id === undefined ? [] : [batch.id]);
    const cells = output.width * output.height;
    let grid = state.plans.get(nodeId);
    if (!grid || grid.length !== cells) {
      grid = new Int32Array(cells).fill(-1);
      state.plans.set(nodeId, grid);
    }
    ids.forEach((id, offset) => {
      if (batch.index + offset < cells) grid[batch.index + offset] = id;
    });
    const before = Math.floor(batch.index / PLAN_FRAME_EVERY);
    const last = batch.index + ids.length;
    const crossed = Math.floor(last / PLAN_FRAME_EVERY) > before || last >= cells;
    return crossed ? planFrame(grid, output.width, output.height) : undefined;
  }

  #typeOf(record: PromptRecord, nodeId: string): string | null {
    const nodes = Array.isArray(record.document.nodes) ? (record.document.nodes as unknown[]) : [];
    for (const node of nodes) {
      const { id, type } = (node ?? {}) as { id?: unknown; type?: unknown };
      if (id === nodeId && typeof type === 'string') return type;
    }
    return null;
  }

  /** `executed` for an output node, with the images it received. */
  #executed(record: PromptRecord, nodeId: string, out: Outgoing[]): void {
    if (this.catalogue.find(this.#typeOf(record, nodeId) ?? '')?.output !== true) return;
    const stored = [...record.artifacts].flatMap(([id, refs]) =>
      refs.map((ref) => ({ ...ref, nodeId: id })),
    );
    const output = outputImagesOf(nodeId, record.document, stored) ?? { images: [] };
    out.push(
      json('executed', { node: nodeId, display_node: nodeId, output, prompt_id: record.promptId }),
    );
  }

  /** The last message of a prompt: the history entry exists by now (the run's end is stored). */
  #end(record: PromptRecord): Outgoing {
    this.#executions.delete(record.runId);
    return json('executing', { node: null, display_node: null, prompt_id: record.promptId });
  }
}
