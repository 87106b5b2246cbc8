// Sign-in and sign-up have no session yet to carry a CSRF token: they accept only requests whose
// Origin (when the browser sends one) is this server.
import type { IncomingHttpHeaders } from 'node:http';

export function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  const host = headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
