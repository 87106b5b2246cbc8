// A finished run as ComfyUI's history entry: `prompt` (the queue item), `outputs` (each output
// node's images), `status` and `meta`.
import type { ComfyBackend, ComfyCaller, ComfyRun } from '../backend.ts';
import { historyOutputsOf } from './output-images.ts';
import type { PromptBook, StatusMessage } from './prompt-book.ts';
import { queueEntryOf } from './queue-entry.ts';

export interface HistoryEntry {
  readonly prompt: unknown[];
  readonly outputs: Record<string, unknown>;
  readonly status: {
    readonly status_str: 'success' | 'error';
    readonly completed: boolean;
    readonly messages: StatusMessage[];
  };
  readonly meta: Record<string, unknown>;
}

/** What a run that was not followed by this API reports: its start and its end. */
function impliedMessages(run: ComfyRun, promptId: string): StatusMessage[] {
  const at = (date: Date | null) => date?.getTime() ?? 0;
  const messages: StatusMessage[] = [
    ['execution_start', { prompt_id: promptId, timestamp: at(run.startedAt ?? run.queuedAt) }],
  ];
  const end = { prompt_id: promptId, timestamp: at(run.finishedAt) };
  if (run.status === 'succeeded') messages.push(['execution_success', end]);
  else if (run.status === 'cancelled')
    messages.push(['execution_interrupted', { ...end, node_id: null, executed: [] }]);
  else
    messages.push([
      'execution_error',
      { ...end, node_id: run.errorNodeId, exception_message: run.error ?? '' },
    ]);
  return messages;
}

export async function historyEntryOf(
  run: ComfyRun,
  backend: ComfyBackend,
  caller: ComfyCaller,
  book: PromptBook,
): Promise<HistoryEntry> {
  const record = book.byRun(run.id);
  const promptId = record?.promptId ?? run.id;
  const stored = await backend.outputs(caller, run.id);
  const outputs = historyOutputsOf(run.document, stored, backend.catalogue);
  return {
    prompt: queueEntryOf(run, book, backend.catalogue),
    outputs,
    status: {
      status_str: run.status === 'succeeded' ? 'success' : 'error',
      completed: run.status === 'succeeded',
      messages:
        record && record.messages.length > 0
          ? [...record.messages]
          : impliedMessages(run, promptId),
    },
    meta: Object.fromEntries(
      Object.keys(outputs).map((id) => [
        id,
        { node_id: id, display_node: id, parent_node: null, real_node_id: id },
      ]),
    ),
  };
}
