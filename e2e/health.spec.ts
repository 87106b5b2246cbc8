import { expect, test } from '@playwright/test';
import { io } from 'socket.io-client';
import { localRunnerName, runnerToken } from './playwright.config.ts';

test('the home page says what Tessera is and shows a healthy server', async ({ page }) => {
  await page.goto('/health');
  await expect(page.getByRole('heading', { name: 'Tessera', level: 1 })).toBeVisible();
  await expect(page.getByText('plan first, render second')).toBeVisible();
  await expect(page.getByTestId('health-database')).toContainText('reachable (sqlite)');
  await expect(page.getByTestId('health-migrations')).toContainText('applied');
  // The test stack starts one local runner with the bundled model.
  await expect(page.getByTestId('health-runners')).toContainText(`1 connected: ${localRunnerName}`);
});

test('a second runner with the hub token shows up as connected, and leaves again', async ({
  page,
  baseURL,
}) => {
  await page.goto('/health');
  const runner = io(`${baseURL}/runner`, {
    auth: { token: runnerToken, name: 'e2e-cpu', nodeTypes: ['ar.plan'], providers: ['cpu'] },
    transports: ['websocket'],
  });
  try {
    await expect(page.getByTestId('health-runners')).toContainText('2 connected:', {
      timeout: 10_000,
    });
    await expect(page.getByTestId('health-runners')).toContainText('e2e-cpu');
    await expect(page.getByTestId('health-runners')).toContainText(localRunnerName);
  } finally {
    runner.disconnect();
  }
  await expect(page.getByTestId('health-runners')).toContainText(
    `1 connected: ${localRunnerName}`,
    {
      timeout: 10_000,
    },
  );
});

test('a runner with the wrong token is refused', async ({ baseURL }) => {
  const runner = io(`${baseURL}/runner`, {
    auth: { token: 'wrong', name: 'intruder' },
    transports: ['websocket'],
    reconnection: false,
  });
  const message = await new Promise<string>((resolve) =>
    runner.on('connect_error', (e) => resolve(e.message)),
  );
  runner.disconnect();
  expect(message).toBe('Runner token refused');
});

test('/api/health answers JSON for scripts', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { ok: boolean; database: { reachable: boolean } };
  expect(body.ok).toBe(true);
  expect(body.database.reachable).toBe(true);
});
