// What `npm start`'s supervisor says about the local runner it keeps running (restarted with
// backoff when it exits): `<data dir>/supervisor/local-runner.json`, written by
// packages/setup/src/processes.mjs. Absent when the server was not started by `npm start`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const zLocalRunnerStatus = z.object({
  name: z.string(),
  /** Times it was started again after exiting. */
  restarts: z.number().int().min(0),
  lastExit: z
    .object({ code: z.number().int().nullable(), signal: z.string().nullable(), at: z.string() })
    .nullable(),
  /** Null while it waits to be started again. */
  pid: z.number().int().nullable(),
});
export type LocalRunnerStatus = z.infer<typeof zLocalRunnerStatus>;

export const localRunnerStatusFile = (dataDir: string): string =>
  path.join(dataDir, 'supervisor', 'local-runner.json');

/** The supervisor's last word on the local runner, or null when there is none (or unreadable). */
export async function readLocalRunnerStatus(dataDir: string): Promise<LocalRunnerStatus | null> {
  try {
    const text = await readFile(localRunnerStatusFile(dataDir), 'utf8');
    const parsed = zLocalRunnerStatus.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
