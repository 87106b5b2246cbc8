// What POST /prompt does with its `prompt`: an API-format prompt is translated to a document, a
// Tessera workflow document is taken as it is; either is then checked with validate().
import type { Catalogue } from '@tessera/graph';
import { apiPromptToDocument, isApiPrompt, isPlainObject } from './api-prompt.ts';
import { COMFY_ERROR_TYPES, comfyError } from './comfy-errors.ts';
import { type PromptCheck, checkPrompt } from './prompt-check.ts';

export function translatePrompt(prompt: unknown, catalogue: Catalogue): PromptCheck {
  if (isPlainObject(prompt) && Object.keys(prompt).length === 0)
    return {
      ok: false,
      rejection: {
        error: comfyError(
          COMFY_ERROR_TYPES.noOutputs,
          'Prompt has no outputs',
          'The prompt has no nodes.',
        ),
        node_errors: {},
      },
    };
  if (isApiPrompt(prompt)) {
    const translated = apiPromptToDocument(prompt, catalogue);
    if (!translated.ok) return translated;
    return checkPrompt(translated.document, catalogue, translated.nodeErrors);
  }
  const checked = checkPrompt(prompt, catalogue);
  if (checked.ok && checked.document.sweep !== undefined)
    return {
      ok: false,
      rejection: {
        error: comfyError(
          COMFY_ERROR_TYPES.invalidPrompt,
          'Cannot execute a sweep through this API.',
          'Queue the document without "sweep" once per value, or run the sweep from the editor.',
        ),
        node_errors: {},
      },
    };
  return checked;
}
