// Accounts on, the ComfyUI-compatible API on a port of its own: a signed-in user makes an API
// token on /account (shown once), sees it listed, reaches the API with it (and not without),
// revokes it, and the API refuses it from then on.
import { expect, test } from '@playwright/test';
import { freePort } from './support/free-port.ts';
import { startStack } from './support/start-stack.mjs';

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let comfyUrl = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const comfyPort = await freePort();
  comfyUrl = `http://127.0.0.1:${comfyPort}`;
  stack = await startStack({
    port: await freePort(),
    dataDir: 'data/e2e-account-tokens',
    runnerToken: 'e2e-account-tokens-token',
    output: 'stderr',
    runner: false,
    env: { TESSERA_ACCOUNTS: 'on', TESSERA_COMFY_PORT: String(comfyPort) },
  });
});

test.afterAll(async () => {
  await stack.stop();
});

/** The API's answer to GET /system_stats, with `token` as the bearer (or none). */
async function systemStats(token: string | undefined): Promise<number> {
  const response = await fetch(`${comfyUrl}/system_stats`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return response.status;
}

test('make an API token, reach the API with it, revoke it', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(`${stack.url}/account`);
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
  await page.getByRole('tab', { name: 'Create account' }).click();
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('Email').fill('eve@example.test');
  await form.getByLabel('Display name').fill('Eve');
  await form.getByLabel('Password').fill('a long enough password');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();

  expect(await systemStats(undefined)).toBe(401);

  await page.getByLabel('Name').fill('render bot');
  await page.getByRole('button', { name: 'Make a token' }).click();
  const made = page.getByRole('status').filter({ hasText: 'it is not shown again' });
  await expect(made).toBeVisible();
  const token = (await made.locator('code').textContent()) ?? '';
  expect(token.length).toBeGreaterThan(20);
  const row = page.getByRole('row', { name: /render bot/ });
  await expect(row).toBeVisible();
  // The list shows the token's start only, never the whole of it.
  await expect(row).not.toContainText(token);
  await page.screenshot({ path: testInfo.outputPath('account-token-made.png') });

  expect(await systemStats(token)).toBe(200);
  expect(await systemStats(`${token}x`)).toBe(401);
  await page.reload();
  await expect(row).not.toContainText('never', { timeout: 10_000 }); // last used: now

  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toContainText('revoked');
  expect(await systemStats(token)).toBe(401);
  await page.screenshot({ path: testInfo.outputPath('account-token-revoked.png') });
});
