// Builds the Next.js app when its sources changed since the last build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { step } from './run-command.mjs';
import { pnpm } from './ensure-dependencies.mjs';

const webDir = path.join(repoRoot, 'apps', 'web');
const stampFile = path.join(webDir, '.next', 'tessera-source-hash');
const inputs = [
  'apps/web/src',
  'apps/web/package.json',
  'apps/web/next.config.ts',
  'packages/graph/src',
  'pnpm-lock.yaml',
];

/**
 * @param {crypto.Hash} hash
 * @param {string} target
 */
function hashTree(hash, target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) hashTree(hash, path.join(target, entry));
  } else {
    hash.update(path.relative(repoRoot, target));
    hash.update(fs.readFileSync(target));
  }
}

function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const input of inputs) hashTree(hash, path.join(repoRoot, input));
  return hash.digest('hex');
}

export async function buildWebIfStale() {
  const wanted = sourceHash();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === wanted) return;
  step('Building the web app (next build)');
  await pnpm(['--filter', '@tessera/web', 'run', 'build']);
  fs.writeFileSync(stampFile, wanted);
}
