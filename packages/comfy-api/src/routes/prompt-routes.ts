// POST /prompt queues a prompt (API format or a Tessera document) as an ordinary Tessera run;
// GET /prompt answers how many of the caller's prompts are waiting or running.
import { randomUUID } from 'node:crypto';
import { HttpError, readJson, sendJson } from '../http/respond.ts';
import { outputNodesOf } from '../prompts/output-images.ts';
import { isPlainObject } from '../translate/api-prompt.ts';
import { comfyError } from '../translate/comfy-errors.ts';
import { translatePrompt } from '../translate/translate-prompt.ts';
import type { ApiState } from '../api-state.ts';
import type { ComfyCaller } from '../backend.ts';
import type { Route } from './route.ts';

const PROMPT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

/** Prompts of the caller that are queued or running. */
export async function queueRemaining(state: ApiState, caller: ComfyCaller): Promise<number> {
  const runs = await state.backend.listRuns(caller, { statuses: ['queued', 'running'] });
  return runs.length;
}

const refused = (type: string, message: string, details = ''): HttpError =>
  new HttpError(400, message, { error: comfyError(type, message, details), node_errors: {} });

function optionalId(value: unknown, pattern: RegExp, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && pattern.test(value)) return value;
  throw refused('invalid_prompt', `Invalid ${name}`, `${name} must match ${pattern.source}`);
}

export const promptRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/prompt$/,
    async handle({ res, state, caller }) {
      sendJson(res, 200, { exec_info: { queue_remaining: await queueRemaining(state, caller) } });
    },
  },
  {
    method: 'POST',
    pattern: /^\/prompt$/,
    async handle({ req, res, state, caller }) {
      const body = await readJson(req);
      if (!isPlainObject(body) || !('prompt' in body))
        throw refused('no_prompt', 'No prompt provided', 'The body needs a "prompt".');
      const promptId = optionalId(body.prompt_id, PROMPT_ID, 'prompt_id');
      const clientId = optionalId(body.client_id, CLIENT_ID, 'client_id');
      if (promptId !== undefined && state.book.hasPrompt(promptId))
        throw refused(
          'invalid_prompt',
          'Invalid prompt_id',
          `prompt_id ${promptId} is already queued`,
        );
      const checked = translatePrompt(body.prompt, state.backend.catalogue);
      if (!checked.ok) throw new HttpError(400, checked.rejection.error.message, checked.rejection);
      const number =
        typeof body.number === 'number' && Number.isFinite(body.number)
          ? body.number
          : state.book.nextNumber();
      const extraData = isPlainObject(body.extra_data) ? { ...body.extra_data } : {};
      if (clientId !== undefined) extraData.client_id = clientId;
      const run = await state.backend.enqueue(caller, checked.document);
      state.book.add({
        promptId: promptId ?? run.id,
        runId: run.id,
        number,
        clientId,
        callerKey: caller.key,
        prompt: body.prompt,
        document: checked.document,
        extraData,
        outputsToExecute: outputNodesOf(checked.document, state.backend.catalogue),
        messages: [],
        artifacts: new Map(),
        executed: [],
      });
      state.sockets.promptAdded(run.id);
      sendJson(res, 200, { prompt_id: promptId ?? run.id, number, node_errors: {} });
    },
  },
];

/** A fresh id for a socket that connects without one. */
export const newClientId = (): string => randomUUID().replaceAll('-', '');
