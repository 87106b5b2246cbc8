// GET/POST /queue and POST /interrupt over the caller's queued and running runs.
import { readJson, sendJson } from '../http/respond.ts';
import { queueEntryOf } from '../prompts/queue-entry.ts';
import { isPlainObject } from '../translate/api-prompt.ts';
import type { Route } from './route.ts';

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];

export const queueRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/queue$/,
    async handle({ res, state, caller }) {
      const { backend, book } = state;
      const running = await backend.listRuns(caller, { statuses: ['running'] });
      const pending = await backend.listRuns(caller, { statuses: ['queued'] });
      sendJson(res, 200, {
        queue_running: running.map((run) => queueEntryOf(run, book, backend.catalogue)),
        queue_pending: pending.reverse().map((run) => queueEntryOf(run, book, backend.catalogue)),
      });
    },
  },
  {
    method: 'POST',
    pattern: /^\/queue$/,
    async handle({ req, res, state, caller }) {
      const body = await readJson(req);
      const { backend, book } = state;
      if (isPlainObject(body) && body.clear === true) {
        for (const run of await backend.listRuns(caller, { statuses: ['queued'] }))
          await backend.cancel(caller, run.id);
      }
      if (isPlainObject(body)) {
        for (const promptId of idsOf(body.delete)) {
          const run = await backend.getRun(caller, book.runIdOf(promptId));
          if (run?.status === 'queued') await backend.cancel(caller, run.id);
        }
      }
      res.writeHead(200).end();
    },
  },
  {
    method: 'POST',
    pattern: /^\/interrupt$/,
    async handle({ req, res, state, caller }) {
      const body = await readJson(req);
      const { backend, book } = state;
      const promptId =
        isPlainObject(body) && typeof body.prompt_id === 'string' ? body.prompt_id : undefined;
      if (promptId !== undefined) {
        const run = await backend.getRun(caller, book.runIdOf(promptId));
        if (run?.status === 'running') await backend.cancel(caller, run.id);
      } else {
        for (const run of await backend.listRuns(caller, { statuses: ['running'] }))
          await backend.cancel(caller, run.id);
      }
      res.writeHead(200).end();
    },
  },
];
