// The address names the saved workflow (`/?workflow=<id>`), so a reload opens it again; or the
// run whose document to open (`/?run=<id>`, see open-run-snapshot.ts).

const PARAM = 'workflow';
export const RUN_PARAM = 'run';

export function runIdIn(search: string): string | null {
  const id = new URLSearchParams(search).get(RUN_PARAM)?.trim();
  return id === undefined || id === '' ? null : id;
}

export function workflowIdIn(search: string): string | null {
  const id = new URLSearchParams(search).get(PARAM)?.trim();
  return id === undefined || id === '' ? null : id;
}

/** `href` naming the workflow `id`, or naming none; every other part is kept. */
export function hrefWithWorkflow(href: string, id: string | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, id);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Points the address bar at the workflow (no new history entry). */
export function showWorkflowInUrl(id: string | null): void {
  const next = hrefWithWorkflow(window.location.href, id);
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (next !== current) window.history.replaceState(window.history.state, '', next);
}
