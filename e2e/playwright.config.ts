import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium.ts';

const port = Number(process.env.TESSERA_E2E_PORT ?? 3210);
export const runnerToken = 'e2e-runner-token';
/** The test server's data folder, relative to the repository (the runner saves under it). */
export const dataDir = 'data/e2e';
/** The name the local runner connects with (see support/start-stack.mjs). */
export const localRunnerName = 'e2e-local';

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
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // The real server (built app, real database) on a private port and data folder, and one real
    // runner with the bundled model; ready once the runner is connected. At the end Playwright
    // kills the launcher's process group, which holds both.
    command: 'node e2e/support/start-stack.mjs',
    cwd: '..',
    wait: { stdout: /tessera e2e stack ready/ },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      TESSERA_DATA_DIR: dataDir,
      TESSERA_RUNNER_TOKEN: runnerToken,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
