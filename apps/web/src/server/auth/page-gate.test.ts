import { describe, expect, it } from 'vitest';
import { ANONYMOUS, LOCAL_ACTOR } from './actor.ts';
import { pageRedirect } from './page-gate.ts';

describe('pageRedirect', () => {
  it('sends an anonymous visitor of the editor, lab, library and history to sign-in', () => {
    expect(pageRedirect('/', '?workflow=w1', ANONYMOUS, true)).toBe(
      '/signin?next=%2F%3Fworkflow%3Dw1',
    );
    for (const page of ['/lab', '/library', '/history'])
      expect(pageRedirect(page, '', ANONYMOUS, true)).toMatch(/^\/signin\?next=/);
  });

  it('serves sign-in, share links, the gallery, health and assets to anyone', () => {
    for (const open of ['/signin', '/s/abc', '/gallery', '/health', '/_next/x.js', '/icon.svg'])
      expect(pageRedirect(open, '', ANONYMOUS, true)).toBeNull();
  });

  it('never redirects without accounts or once signed in', () => {
    expect(pageRedirect('/', '', ANONYMOUS, false)).toBeNull();
    expect(pageRedirect('/', '', LOCAL_ACTOR, true)).toBeNull();
  });
});
