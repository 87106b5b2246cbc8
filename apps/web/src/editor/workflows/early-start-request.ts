// The request for the workflow in the address, sent as soon as this module runs. EditorShell
// imports it before anything else, so it runs before the rest of the editor's modules are
// evaluated and hydrated (several hundred milliseconds on a slow machine), and the answer is in by
// the time the editor opens the workflow (see start-editor.ts, start-up-query.ts).
import { sendEarly } from './early-requests.ts';
import { startUpQuery } from './start-up-query.ts';
import { runIdIn, workflowIdIn } from './workflow-url.ts';

/** The early-requests key of a saved workflow's record. */
export const recordKey = (id: string): string => `record:${id}`;

if (typeof window !== 'undefined' && runIdIn(window.location.search) === null) {
  const id = workflowIdIn(window.location.search);
  if (id !== null) sendEarly(recordKey(id), () => startUpQuery('workflows.get', { id }));
}
