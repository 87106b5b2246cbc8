// `npm start`: installs what is missing, builds the app if needed, then starts the web server
// on http://127.0.0.1:3000 (it applies pending database migrations itself) and one local runner
// with the bundled model.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { buildWebIfStale } from './build-web.mjs';
import { ensureDependencies, installEnv } from './ensure-dependencies.mjs';
import { repoRoot } from './paths.mjs';
import { supervise, waitForHttp } from './processes.mjs';
import { step } from './run-command.mjs';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
// The hub only accepts runners that know this token; a fresh one each start unless configured.
const runnerToken = process.env.TESSERA_RUNNER_TOKEN ?? randomBytes(24).toString('hex');
/** @param {string} name */
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);

try {
  await ensureDependencies();
  await buildWebIfStale();
  step('Starting Tessera');
  const env = { ...installEnv(), NODE_ENV: 'production', TESSERA_RUNNER_TOKEN: runnerToken };
  supervise(bin('tsx'), ['apps/web/src/server/main.ts'], env);
  const hubUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  await waitForHttp(`${hubUrl}/api/health`, 120_000);
  step('Starting a local runner (CPU, bundled model)');
  supervise(
    process.execPath,
    ['apps/runner/bin/tessera.mjs', 'runner', '--hub', hubUrl, '--name', 'local-cpu'],
    env,
  );
} catch (error) {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
