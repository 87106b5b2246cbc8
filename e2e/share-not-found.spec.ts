// A share link that opens nothing is answered 404 by the server, with the not-found page; a link
// that opens a workflow still answers 200.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { pipelineDocument } from './support/pipeline.ts';

/** A tRPC mutation over HTTP (accounts are off in the e2e stack: no session, no CSRF header). */
async function mutate<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: input });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

test('an unknown share link answers 404 with the not-found page', async ({
  page,
  request,
}, testInfo) => {
  const answer = await request.get('/s/no-such-link');
  expect(answer.status()).toBe(404);
  expect(await answer.text()).toContain('Nothing opens at this address');

  const response = await page.goto('/s/no-such-link');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page.getByRole('link', { name: 'public gallery' })).toHaveAttribute(
    'href',
    '/gallery',
  );
  await expect(page.getByText('Loading')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('not-found.png') });
});

test('a shared link answers 200; made private, 404', async ({ page, request }) => {
  const workflow = await mutate<{ id: string }>(request, 'workflows.create', {
    name: `Link ${Date.now()}`,
    document: pipelineDocument(),
  });
  const shared = await mutate<{ shareSlug: string }>(request, 'sharing.setVisibility', {
    id: workflow.id,
    visibility: 'unlisted',
  });
  const link = `/s/${shared.shareSlug}`;
  expect((await request.get(link)).status()).toBe(200);
  expect((await page.goto(link))?.status()).toBe(200);
  await expect(page.getByTestId('shared-name')).toHaveText(/^Link /);

  await mutate(request, 'sharing.setVisibility', { id: workflow.id, visibility: 'private' });
  expect((await request.get(link)).status()).toBe(404);
});
