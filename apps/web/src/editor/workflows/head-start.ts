// The address's workflow, asked for from the page's HTML. An inline script in the editor page
// (app/page.tsx) sends `workflows.get` while the browser is still fetching the editor's scripts,
// half a second or more before they have run; early-start-request.ts takes its response instead
// of sending its own. The script is a string, so it mirrors workflowIdIn, runIdIn (workflow-url.ts)
// and startUpUrl (start-up-query.ts); head-start.test.ts checks that it asks for the same address.

/** Where the script leaves its request on `window`. */
const GLOBAL = '__tesseraHeadStart';

interface HeadStart {
  readonly url: string;
  readonly response: Promise<Response>;
}

/**
 * The inline script: for `/?workflow=<id>` (and no `run`), sends the tRPC GET for that workflow
 * and leaves `{ url, response }` on `window`. Any failure leaves nothing: the editor then asks
 * as it would have.
 */
export const HEAD_START_SCRIPT = `(function () {
  try {
    var params = new URLSearchParams(window.location.search);
    var run = (params.get('run') || '').trim();
    var id = (params.get('workflow') || '').trim();
    if (run !== '' || id === '') return;
    var url = '/api/trpc/workflows.get?input=' + encodeURIComponent(JSON.stringify({ id: id }));
    var response = fetch(url, { credentials: 'same-origin' });
    response.catch(function () {});
    window.${GLOBAL} = { url: url, response: response };
  } catch (e) {}
})();`;

/** The script's response if it asked for `url` (taken once). */
export function takeHeadStart(url: string): Promise<Response> | undefined {
  const holder = window as unknown as Record<string, HeadStart | undefined>;
  const started = holder[GLOBAL];
  if (started === undefined || started.url !== url) return undefined;
  holder[GLOBAL] = undefined;
  return started.response;
}
