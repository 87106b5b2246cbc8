// With accounts on, the app's pages need a signed-in user; sign-in, share links, the public
// gallery, the health page and static assets stay open.

const OPEN_PREFIXES = ['/signin', '/s/', '/gallery', '/health', '/_next/', '/api/', '/socket.io/'];
const OPEN_FILES = new Set(['/favicon.ico', '/icon.svg', '/robots.txt']);

/** Whether anyone may load this path, signed in or not. */
export const isOpenPath = (pathname: string): boolean =>
  OPEN_FILES.has(pathname) || OPEN_PREFIXES.some((prefix) => pathname.startsWith(prefix));

/** The sign-in page, with the way back to where the visitor was going. */
export const signInUrl = (pathname: string, search: string): string =>
  `/signin?next=${encodeURIComponent(pathname + search)}`;
