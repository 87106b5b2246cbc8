// GET /history (`max_items`), GET /history/{prompt_id}, POST /history {clear, delete}: the
// caller's finished runs, keyed by prompt id, oldest first as ComfyUI lists them.
import { FINISHED_RUN_STATUSES } from '@tessera/protocol';
import { readJson, sendJson } from '../http/respond.ts';
import { type HistoryEntry, historyEntryOf } from '../prompts/history-entry.ts';
import { isPlainObject } from '../translate/api-prompt.ts';
import type { Route } from './route.ts';

/** Most entries one GET /history lists. */
const MAX_HISTORY_ITEMS = 1_000;

export const historyRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/history$/,
    async handle({ res, url, state, caller }) {
      const asked = Number.parseInt(url.searchParams.get('max_items') ?? '', 10);
      const limit =
        Number.isInteger(asked) && asked > 0
          ? Math.min(asked, MAX_HISTORY_ITEMS)
          : MAX_HISTORY_ITEMS;
      const runs = await state.backend.listRuns(caller, {
        statuses: FINISHED_RUN_STATUSES,
        limit: MAX_HISTORY_ITEMS,
      });
      const shown = runs
        .filter((run) => state.history.shows(caller.key, run.id, run.finishedAt))
        .slice(0, limit)
        .reverse();
      const entries: Record<string, HistoryEntry> = {};
      for (const run of shown)
        entries[state.book.promptIdOf(run.id)] = await historyEntryOf(
          run,
          state.backend,
          caller,
          state.book,
        );
      sendJson(res, 200, entries);
    },
  },
  {
    method: 'GET',
    pattern: /^\/history\/([^/]+)$/,
    async handle({ res, state, caller, params }) {
      const promptId = params[0] ?? '';
      const run = await state.backend.getRun(caller, state.book.runIdOf(promptId));
      const finished = run !== undefined && FINISHED_RUN_STATUSES.some((s) => s === run.status);
      if (!run || !finished || !state.history.shows(caller.key, run.id, run.finishedAt))
        return sendJson(res, 200, {});
      sendJson(res, 200, {
        [promptId]: await historyEntryOf(run, state.backend, caller, state.book),
      });
    },
  },
  {
    method: 'POST',
    pattern: /^\/history$/,
    async handle({ req, res, state, caller }) {
      const body = await readJson(req);
      if (isPlainObject(body) && body.clear === true) state.history.clear(caller.key);
      if (isPlainObject(body) && Array.isArray(body.delete))
        state.history.delete(
          caller.key,
          body.delete
            .filter((id): id is string => typeof id === 'string')
            .map((id) => state.book.runIdOf(id)),
        );
      res.writeHead(200).end();
    },
  },
];
