// The one tRPC link every page uses: batched HTTP to /api/trpc, echoing the session's CSRF token
// (the readable `tessera_csrf` cookie) so the server accepts state-changing calls.
import { httpBatchLink } from '@trpc/client';

const CSRF_COOKIE = 'tessera_csrf';
const CSRF_HEADER = 'x-tessera-csrf';

/** The CSRF token from the page's cookies, or null when signed out / accounts are off. */
export function csrfToken(cookie: string = typeof document === 'undefined' ? '' : document.cookie) {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Headers for a state-changing request of this page (tRPC or plain fetch). */
export function csrfHeaders(): Record<string, string> {
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}

export const tesseraLinks = () => [httpBatchLink({ url: '/api/trpc', headers: csrfHeaders })];
