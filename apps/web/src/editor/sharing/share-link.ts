// The address a share slug opens, on this server.
export function shareUrl(slug: string, origin: string): string {
  return `${origin}/s/${encodeURIComponent(slug)}`;
}

/** Where the editor opens a saved workflow. */
export function editorUrl(workflowId: string): string {
  return `/?workflow=${encodeURIComponent(workflowId)}`;
}
