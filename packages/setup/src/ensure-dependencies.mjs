// Installs what `npm start` and `npm test` need from the npm registry: pnpm, the workspace's
// packages and the generated Prisma clients. Safe to run again: each step is quick when done.
import fs from 'node:fs';
import path from 'node:path';
import { pnpmBin, pinnedPnpmVersion, readPackageField, repoRoot, toolsDir } from './paths.mjs';
import { run, step } from './run-command.mjs';

/** Environment for installs: native addons build against local headers, no binary downloads. */
export function installEnv() {
  /** @type {Record<string, string>} */
  const env = { ONNXRUNTIME_NODE_INSTALL: 'skip', NEXT_TELEMETRY_DISABLED: '1' };
  if (!process.env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) {
    env.npm_config_nodedir = '/usr';
  }
  return env;
}

async function ensurePnpm() {
  const version = pinnedPnpmVersion();
  const installed = path.join(toolsDir, 'node_modules', 'pnpm', 'package.json');
  if (readPackageField(installed, 'version') === version) {
    return;
  }
  step(`Installing pnpm ${version} into .tools/`);
  fs.mkdirSync(toolsDir, { recursive: true });
  await run('npm', [
    'install',
    '--prefix',
    toolsDir,
    '--no-audit',
    '--no-fund',
    '--no-save',
    `pnpm@${version}`,
  ]);
}

export async function ensureDependencies() {
  await ensurePnpm();
  step('Installing workspace packages (pnpm install)');
  await run(pnpmBin, ['install', '--frozen-lockfile'], { env: { ...installEnv(), CI: 'true' } });
  step('Generating the Prisma clients');
  await run(pnpmBin, ['--filter', '@tessera/db', 'run', 'generate'], { env: installEnv() });
}

/**
 * Runs pnpm from the repository root.
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
export function pnpm(args, env = {}) {
  // Scripts in package.json call `pnpm` by name: put the pinned one first on PATH.
  const PATH = `${path.dirname(pnpmBin)}${path.delimiter}${process.env.PATH ?? ''}`;
  return run(pnpmBin, args, { env: { ...installEnv(), PATH, ...env }, cwd: repoRoot });
}
