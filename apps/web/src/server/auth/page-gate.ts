// With accounts on, the app's pages need a signed-in user; sign-in, share links, the public
// gallery, the health page and static assets stay open.
import type { Actor } from './actor.ts';

const OPEN_PREFIXES = ['/signin', '/s/', '/gallery', '/health', '/_next/', '/api/', '/socket.io/'];
const OPEN_FILES = new Set(['/favicon.ico', '/icon.svg', '/robots.txt']);

/** Where to send the request instead (sign-in with a way back), or null to serve it. */
export function pageRedirect(
  pathname: string,
  search: string,
  actor: Actor,
  accounts: boolean,
): string | null {
  if (!accounts || actor.kind !== 'anonymous') return null;
  if (OPEN_FILES.has(pathname) || OPEN_PREFIXES.some((p) => pathname.startsWith(p))) return null;
  return `/signin?next=${encodeURIComponent(pathname + search)}`;
}
