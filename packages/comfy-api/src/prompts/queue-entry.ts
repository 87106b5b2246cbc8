// ComfyUI's queue item `[number, prompt_id, prompt, extra_data, outputs_to_execute]`, for a run
// queued through the API (as it was sent) or elsewhere (its document in API format).
import type { Catalogue } from '@tessera/graph';
import type { ComfyRun } from '../backend.ts';
import { documentToApiPrompt } from '../translate/document-to-api.ts';
import { outputNodesOf } from './output-images.ts';
import type { PromptBook } from './prompt-book.ts';

export type QueueEntry = [number, string, unknown, Record<string, unknown>, string[]];

export function queueEntryOf(run: ComfyRun, book: PromptBook, catalogue: Catalogue): QueueEntry {
  const record = book.byRun(run.id);
  if (record)
    return [
      record.number,
      record.promptId,
      record.prompt,
      record.extraData,
      record.outputsToExecute,
    ];
  return [
    0,
    run.id,
    documentToApiPrompt(run.document, catalogue),
    {},
    outputNodesOf(run.document, catalogue),
  ];
}
