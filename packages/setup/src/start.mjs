// `npm start`: installs what is missing, builds the app if needed, then starts the web server
// on http://127.0.0.1:3000 (it applies pending database migrations itself) and one local runner
// with the bundled model.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { buildWebIfStale } from './build-web.mjs';
import { ensureDependencies, installEnv } from './ensure-dependencies.mjs';
import { repoRoot } from './paths.mjs';
import { supervise, superviseRestarting, waitForHttp } from './processes.mjs';
import { step } from './run-command.mjs';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
// The hub only accepts runners that know this token; a fresh one each start unless configured.
const runnerToken = process.env.TESSERA_RUNNER_TOKEN ?? randomBytes(24).toString('hex');
// Where the supervisor records the local runner's restarts: the web server's /api/health reads
// <data dir>/supervisor/local-runner.json (apps/web/src/server/local-runner-status.ts).
const runnerStatusFile = path.join(
  path.resolve(repoRoot, process.env.TESSERA_DATA_DIR ?? 'data'),
  'supervisor',
  'local-runner.json',
);
/** @param {string} name */
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);

try {
  await ensureDependencies();
  await buildWebIfStale();
  step('Starting Tessera');
  const env = {
    ...installEnv(),
    NODE_ENV: 'production',
    TESSERA_RUNNER_TOKEN: runnerToken,
  };
  supervise(bin('tsx'), ['apps/web/src/server/main.ts'], env);
  const hubUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  await waitForHttp(`${hubUrl}/api/health`, 120_000);
  step('Starting a local runner (CPU, bundled model)');
  // Restarted with backoff if it crashes; the web server keeps serving meanwhile.
  superviseRestarting(
    'the local runner',
    process.execPath,
    ['apps/runner/bin/tessera.mjs', 'runner', '--hub', hubUrl, '--name', 'local-cpu'],
    env,
    runnerStatusFile,
  );
} catch (error) {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
