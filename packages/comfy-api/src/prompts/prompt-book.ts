// The prompts queued through this API, in memory: ComfyUI's prompt id, queue number, client id
// and prompt as sent, next to the Tessera run that executes it. A run queued elsewhere (the
// editor), or before a restart, has no entry: the API then shows it under its run id.

/** ComfyUI's `[event, data]` pairs kept in a history entry's `status.messages`. */
export type StatusMessage = readonly [string, Record<string, unknown>];

export interface PromptRecord {
  readonly promptId: string;
  readonly runId: string;
  readonly number: number;
  /** Events go to this client's sockets; none: to every socket of the caller. */
  readonly clientId: string | undefined;
  readonly callerKey: string;
  /** The prompt as the client sent it (API format or a Tessera document). */
  readonly prompt: unknown;
  /** The document queued. */
  readonly document: Record<string, unknown>;
  readonly extraData: Record<string, unknown>;
  readonly outputsToExecute: string[];
  readonly messages: StatusMessage[];
  /** Stored outputs seen so far, by node id (cached nodes included). */
  readonly artifacts: Map<string, { port: string; artifactId: string; kind: string }[]>;
  /** Nodes finished (executed or cached), in order. */
  readonly executed: string[];
}

/** Entries kept; the oldest are forgotten first (their runs stay visible by run id). */
const MAX_PROMPTS = 5_000;

export class PromptBook {
  readonly #byPrompt = new Map<string, PromptRecord>();
  readonly #byRun = new Map<string, PromptRecord>();
  #number = 0;

  /** ComfyUI's queue number: one more than the last. */
  nextNumber(): number {
    return this.#number++;
  }

  add(record: PromptRecord): void {
    this.#byPrompt.set(record.promptId, record);
    this.#byRun.set(record.runId, record);
    if (this.#byPrompt.size > MAX_PROMPTS) {
      const oldest = this.#byPrompt.values().next().value;
      if (oldest) this.forget(oldest);
    }
  }

  forget(record: PromptRecord): void {
    this.#byPrompt.delete(record.promptId);
    this.#byRun.delete(record.runId);
  }

  hasPrompt(promptId: string): boolean {
    return this.#byPrompt.has(promptId);
  }

  byPrompt(promptId: string): PromptRecord | undefined {
    return this.#byPrompt.get(promptId);
  }

  byRun(runId: string): PromptRecord | undefined {
    return this.#byRun.get(runId);
  }

  /** The run a prompt id names: its record's, else the id itself (a run id). */
  runIdOf(promptId: string): string {
    return this.#byPrompt.get(promptId)?.runId ?? promptId;
  }

  /** The prompt id a run is shown under. */
  promptIdOf(runId: string): string {
    return this.#byRun.get(runId)?.promptId ?? runId;
  }
}
