// The README's picture of the editor (docs/editor.png): a fresh stack (server and local runner on
// a free port, temporary data folder), the poster template a first visit opens, run, captured
// while the decoder works, with the planner's finished plan grid beside it.
//
//   pnpm exec tsx e2e/docs/readme-shot.ts        (build the web app first: pnpm --filter @tessera/web run build)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import { startStack } from '../support/start-stack.mjs';

const VIEWPORT = { width: 1680, height: 940 };
const OUT = path.resolve(import.meta.dirname, '..', '..', 'docs', 'editor.png');
const MAX_BYTES = 300 * 1024;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-readme-shot-'));
const stack = await startStack({
  port: await freePort(),
  dataDir,
  runnerToken: randomBytes(12).toString('hex'),
  output: 'stderr',
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${stack.url}/`);
  await expect(page.locator('.tnode[data-node-type="ar.plan"]')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('f');
  await page.waitForTimeout(400);
  await page.getByTestId('run-button').click();
  // The plan is complete and the decoder is part-way: a few preview steps in.
  await expect(page.getByTestId('plan-grid-plan')).toHaveAttribute('data-filled', '256', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('decode-preview-decode')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('decode-preview-decode')).toHaveAttribute(
    'aria-label',
    /step ([6-9]|1\d) of/,
    { timeout: 60_000 },
  );
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.screenshot({ path: OUT });
  const bytes = statSync(OUT).size;
  process.stderr.write(`readme-shot: wrote ${OUT} (${Math.round(bytes / 1024)} KB)\n`);
  if (bytes > MAX_BYTES) throw new Error(`the picture is over ${MAX_BYTES / 1024} KB`);
} finally {
  await browser.close();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
