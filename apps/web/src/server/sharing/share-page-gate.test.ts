import { describe, expect, it } from 'vitest';
import { posterWorkflowJson } from '@tessera/nodes/testing';
import { useTestCaller } from '../trpc/test-caller.ts';
import { isMissingSharePage, shareSlugOf } from './share-page-gate.ts';

const t = useTestCaller();

/** A saved workflow shared with `visibility`; answers its slug. */
async function sharedWorkflow(visibility: 'unlisted' | 'public') {
  const workflow = await t.caller.workflows.create({
    name: `Shared ${visibility}`,
    document: posterWorkflowJson(),
  });
  const { shareSlug } = await t.caller.sharing.setVisibility({ id: workflow.id, visibility });
  return { id: workflow.id, slug: shareSlug ?? '' };
}

const missing = (url: string, method = 'GET') =>
  isMissingSharePage({ method, url }, t.context.database);

describe('shareSlugOf', () => {
  it('reads the slug of /s/<slug> only', () => {
    expect(shareSlugOf('/s/abc_-1')).toBe('abc_-1');
    expect(shareSlugOf('/s/abc/')).toBe('abc');
    expect(shareSlugOf('/s/a%20b')).toBe('a b');
    for (const other of ['/s/', '/s/abc/more', '/gallery', '/', '/s/%E0%A4%A'])
      expect(shareSlugOf(other)).toBeNull();
  });
});

describe('isMissingSharePage', () => {
  it('lets a shared link through, unlisted or public, with or without a query', async () => {
    for (const visibility of ['unlisted', 'public'] as const) {
      const { slug } = await sharedWorkflow(visibility);
      expect(await missing(`/s/${slug}`)).toBe(false);
      expect(await missing(`/s/${slug}?_rsc=1`, 'HEAD')).toBe(false);
    }
  });

  it('stops an unknown link, and one made private or trashed, alike', async () => {
    expect(await missing('/s/no-such-link')).toBe(true);
    const madePrivate = await sharedWorkflow('unlisted');
    await t.caller.sharing.setVisibility({ id: madePrivate.id, visibility: 'private' });
    expect(await missing(`/s/${madePrivate.slug}`)).toBe(true);
    const trashed = await sharedWorkflow('public');
    await t.caller.workflows.delete({ id: trashed.id });
    expect(await missing(`/s/${trashed.slug}`)).toBe(true);
  });

  it('leaves other pages and other methods alone', async () => {
    expect(await missing('/gallery')).toBe(false);
    expect(await missing('/s/no-such-link', 'POST')).toBe(false);
  });
});
