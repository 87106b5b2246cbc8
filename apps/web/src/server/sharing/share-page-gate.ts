// `/s/<slug>` for a link that opens no workflow — unknown, private or trashed, alike, as
// sharing.get refuses them — is answered 404 with the not-found page, instead of a page that
// loads and then says so. A link that opens a workflow goes on to the share page.
import type { IncomingMessage } from 'node:http';
import { type Database, WorkflowSharing } from '@tessera/db';

const SHARE_PAGE = /^\/s\/([^/]+)\/?$/;

/** The slug of a share page's path, or null for any other path (or one that is not valid UTF-8). */
export function shareSlugOf(pathname: string): string | null {
  const raw = SHARE_PAGE.exec(pathname)?.[1];
  if (raw === undefined) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Whether the request loads a share page whose link opens no workflow. */
export async function isMissingSharePage(
  req: Pick<IncomingMessage, 'method' | 'url'>,
  database: Database,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const slug = shareSlugOf(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (slug === null) return false;
  return (await new WorkflowSharing(database.prisma).getShared(slug)) === null;
}
