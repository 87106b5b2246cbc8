import { defineConfig } from '@playwright/test';

const port = Number(process.env.TESSERA_E2E_PORT ?? 3210);
export const runnerToken = 'e2e-runner-token';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: {
    // The real server (built app, real database) on a private port and data folder.
    command: 'rm -rf data/e2e && node_modules/.bin/tsx apps/web/src/server/main.ts',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      TESSERA_DATA_DIR: 'data/e2e',
      TESSERA_RUNNER_TOKEN: runnerToken,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
