// `npm test`: installs what is missing (pnpm, packages, Chromium, PostgreSQL), then runs every
// check in order: lint, typecheck, unit tests (SQLite and PostgreSQL), browser tests.
import { ensureDependencies, pnpm } from './ensure-dependencies.mjs';
import { ensureSystemPackages } from './ensure-system-packages.mjs';
import { step } from './run-command.mjs';

const started = Date.now();
/** @type {[string, () => Promise<void>][]} */
const stages = [
  ['Lint', () => pnpm(['run', 'lint'])],
  ['Typecheck', () => pnpm(['run', 'typecheck'])],
  ['Unit tests', () => pnpm(['run', 'test:unit'])],
  ['Browser tests', () => pnpm(['run', 'test:e2e'])],
];

try {
  await ensureSystemPackages();
  await ensureDependencies();
  for (const [title, stage] of stages) {
    step(title);
    await stage();
  }
  console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
} catch (error) {
  console.error(`\nnpm test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
