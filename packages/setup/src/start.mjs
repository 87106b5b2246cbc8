// `npm start`: installs what is missing, builds the app if needed and starts the server on
// http://127.0.0.1:3000 (the server applies pending database migrations itself).
import { ensureDependencies } from './ensure-dependencies.mjs';
import { buildWebIfStale } from './build-web.mjs';
import { pnpm } from './ensure-dependencies.mjs';
import { step } from './run-command.mjs';

try {
  await ensureDependencies();
  await buildWebIfStale();
  step('Starting Tessera');
  await pnpm(['--filter', '@tessera/web', 'run', 'start'], { NODE_ENV: 'production' });
} catch (error) {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
