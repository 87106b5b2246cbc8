// Starts the ComfyUI-compatible API on its own port (TESSERA_COMFY_PORT, default 8188), on the
// same host as the web server, when the port is not 0.
import { type ComfyApiServer, createComfyApiServer } from '@tessera/comfy-api';
import type { Database } from '@tessera/db';
import type { Catalogue } from '@tessera/graph';
import type { Hub, RunnerRegistry } from '@tessera/hub';
import { userOfApiToken } from './api-tokens.ts';
import { createComfyBackend } from './comfy-backend.ts';

export interface ComfyApiSettings {
  readonly host: string;
  readonly port: number;
  readonly accounts: boolean;
  readonly dataDir: string;
  readonly version: string;
}

export async function startComfyApi(
  settings: ComfyApiSettings,
  deps: {
    readonly database: Database;
    readonly hub: Hub;
    readonly runners: RunnerRegistry;
    readonly catalogue: Catalogue;
  },
): Promise<ComfyApiServer | undefined> {
  if (settings.port === 0) return undefined;
  const backend = createComfyBackend({
    ...deps,
    dataDir: settings.dataDir,
    version: settings.version,
    accounts: settings.accounts,
    userOfToken: (token) => userOfApiToken(deps.database, token),
  });
  const api = createComfyApiServer({ backend, log: (line) => console.error(line) });
  const port = await api.listen(settings.port, settings.host);
  console.log(
    `ComfyUI-compatible API on http://${settings.host}:${port}${settings.accounts ? ' (bearer API tokens from the account page)' : ''}`,
  );
  return api;
}
