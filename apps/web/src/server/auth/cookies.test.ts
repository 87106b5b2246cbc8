import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from './cookies.ts';

describe('cookies', () => {
  it('reads the first value of each cookie and skips undecodable ones', () => {
    const jar = parseCookies('a=1; tessera_session=abc%2Fdef; a=2; bad=%E0%A4%A; =x; flag');
    expect(jar.get('a')).toBe('1');
    expect(jar.get('tessera_session')).toBe('abc/def');
    expect(jar.has('bad')).toBe(false);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('writes httpOnly, SameSite=Lax, path-wide cookies, and deletes with Max-Age=0', () => {
    const set = serializeCookie('s', 'a b', { httpOnly: true, maxAge: 60, secure: true });
    expect(set).toBe('s=a%20b; Path=/; SameSite=Lax; Max-Age=60; HttpOnly; Secure');
    expect(serializeCookie('c', '', { httpOnly: false, maxAge: 0 })).toBe(
      'c=; Path=/; SameSite=Lax; Max-Age=0',
    );
  });
});
