// What every route of the API shares: the backend, the prompts queued through it, the sockets,
// and which finished prompts a caller cleared from its history.
import type { ComfyBackend } from './backend.ts';
import type { PromptBook } from './prompts/prompt-book.ts';
import type { HistoryFilter } from './prompts/history-filter.ts';
import type { SocketHub } from './events/socket-hub.ts';

export interface ApiState {
  readonly backend: ComfyBackend;
  readonly book: PromptBook;
  readonly sockets: SocketHub;
  readonly history: HistoryFilter;
  readonly maxUploadBytes: number;
  readonly log: (line: string) => void;
}
