// Debian packages the tests need: Chromium for Playwright, PostgreSQL for the repository tests,
// Redis for the cluster tests.
// Installed with apt-get when running as root; otherwise we say exactly what to run.
import fs from 'node:fs';
import { isRoot, run, step } from './run-command.mjs';

const needs = [
  {
    what: 'Chromium (browser tests)',
    present: () => fs.existsSync('/usr/bin/chromium'),
    packages: ['chromium', 'fonts-liberation'],
  },
  {
    what: 'PostgreSQL server (repository tests)',
    present: () =>
      fs.existsSync('/usr/lib/postgresql') &&
      fs
        .readdirSync('/usr/lib/postgresql')
        .some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)),
    packages: ['postgresql'],
  },
  {
    what: 'Redis server (cluster tests)',
    present: () => fs.existsSync('/usr/bin/redis-server'),
    packages: ['redis-server'],
  },
];

export async function ensureSystemPackages() {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((need) => need.packages);
  const names = missing.map((need) => need.what).join(', ');
  if (!isRoot) {
    throw new Error(
      `Missing ${names}. Install them once with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\nthen run npm test again.`,
    );
  }
  step(`Installing ${names} from Debian's packages`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
}
