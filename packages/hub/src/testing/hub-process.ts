// A hub as a real child process (hub-child.ts under tsx), so a test can kill it with SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { JsonObject } from '@tessera/db';
import { type ChildLines, watchLines } from './child-lines.ts';

const hubPackage = path.resolve(import.meta.dirname, '../..');
const childScript = path.join(hubPackage, 'src/testing/hub-child.ts');

export interface HubChildConfig {
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly token: string;
  readonly port: number;
  /** A document to queue once the hub listens. */
  readonly enqueue?: JsonObject;
}

export interface HubProcess extends ChildLines {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
}

export function spawnHub(config: HubChildConfig): HubProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(config)], {
    cwd: hubPackage,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, exited, ...watchLines(child, 'hub') };
}

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
