// The request for the workflow in the address, sent as soon as this module runs, unless the
// page's HTML already sent it (head-start.ts), whose response it then takes. EditorShell imports
// this module before anything else, so it runs before the rest of the editor's modules are
// evaluated and hydrated (several hundred milliseconds on a slow machine), and the answer is in by
// the time the editor opens the workflow (see start-editor.ts, start-up-query.ts).
import { sendEarly } from './early-requests.ts';
import { takeHeadStart } from './head-start.ts';
import { startUpQuery, startUpUrl } from './start-up-query.ts';
import { runIdIn, workflowIdIn } from './workflow-url.ts';

/** The early-requests key of a saved workflow's record. */
export const recordKey = (id: string): string => `record:${id}`;

if (typeof window !== 'undefined' && runIdIn(window.location.search) === null) {
  const id = workflowIdIn(window.location.search);
  if (id !== null) {
    const input = { id };
    const sent = takeHeadStart(startUpUrl('workflows.get', input));
    sendEarly(recordKey(id), () => startUpQuery('workflows.get', input, sent));
  }
}
