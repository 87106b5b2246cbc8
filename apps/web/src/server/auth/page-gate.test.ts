import { describe, expect, it } from 'vitest';
import { isOpenPath, signInUrl } from './page-gate.ts';

describe('page gate', () => {
  it('keeps the editor, lab, library and history behind sign-in', () => {
    for (const page of ['/', '/lab', '/library', '/history']) expect(isOpenPath(page)).toBe(false);
  });

  it('serves sign-in, share links, the gallery, health, the API and assets to anyone', () => {
    for (const open of ['/signin', '/s/abc', '/gallery', '/health', '/_next/x.js', '/icon.svg'])
      expect(isOpenPath(open)).toBe(true);
  });

  it('sends the visitor back where they were going', () => {
    expect(signInUrl('/', '?workflow=w1')).toBe('/signin?next=%2F%3Fworkflow%3Dw1');
  });
});
