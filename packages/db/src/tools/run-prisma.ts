// Runs the Prisma CLI of packages/db with one of its configs (both use the schema engine shim).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { packageDir } from './prisma-cli-setup.ts';

export type PrismaConfigName = 'sqlite' | 'postgresql';

const configFiles: Record<PrismaConfigName, string> = {
  sqlite: 'prisma.config.ts',
  postgresql: 'prisma.postgresql.config.ts',
};

export interface PrismaRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runPrisma(
  config: PrismaConfigName,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; inherit?: boolean } = {},
): Promise<PrismaRun> {
  const bin = path.join(packageDir, 'node_modules', '.bin', 'prisma');
  const child = spawn(bin, [...args, '--config', configFiles[config]], {
    cwd: packageDir,
    env: {
      ...process.env,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
      ...options.env,
    },
    stdio: options.inherit ? 'inherit' : 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
