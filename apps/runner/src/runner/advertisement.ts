// What a runner tells the hub about itself: node types, models with hashes, providers, memory.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseManifestText } from '@tessera/inference';
import { TESSERA_VERSION } from '@tessera/nodes/specs';
import { provenanceOf } from '@tessera/nodes';
import type { RunnerHello } from '@tessera/protocol';

type RunnerModel = NonNullable<RunnerHello['models']>[number];

/** The model package in `dir` as advertised: id, revision, sha256 of every file (from its manifest). */
export async function describeModel(dir: string): Promise<RunnerModel> {
  const file = path.join(dir, 'model.json');
  const manifest = parseManifestText(await readFile(file, 'utf8'), file);
  const { id, revision, files } = provenanceOf(manifest);
  return { id, revision, files: { ...files } };
}

/** This machine's memory now. */
export function memoryNow(): { totalBytes: number; freeBytes: number } {
  return { totalBytes: os.totalmem(), freeBytes: os.freemem() };
}

export interface HelloInput {
  readonly token: string;
  readonly name: string;
  readonly nodeTypes: readonly string[];
  readonly providers: readonly string[];
  readonly models: readonly RunnerModel[];
}

/** The handshake `auth` payload. */
export function buildHello(input: HelloInput): RunnerHello {
  return {
    token: input.token,
    name: input.name,
    nodeTypes: [...input.nodeTypes],
    providers: [...input.providers],
    models: [...input.models],
    memory: memoryNow(),
    version: TESSERA_VERSION,
  };
}
