// Cookie header parsing and Set-Cookie values, for the session and CSRF cookies.

export const SESSION_COOKIE = 'tessera_session';
/** Readable by the page, which echoes it in the CSRF header. */
export const CSRF_COOKIE = 'tessera_csrf';
export const CSRF_HEADER = 'x-tessera-csrf';

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      if (!cookies.has(name)) cookies.set(name, decodeURIComponent(raw));
    } catch {
      // A cookie we did not write; ignore it.
    }
  }
  return cookies;
}

export interface CookieOptions {
  readonly httpOnly: boolean;
  /** Seconds; 0 deletes the cookie. */
  readonly maxAge: number;
  readonly secure?: boolean;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Lax',
    `Max-Age=${options.maxAge}`,
  ];
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
