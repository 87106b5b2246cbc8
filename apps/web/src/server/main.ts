// The web server: one process, one port — Next.js pages, /api/trpc, /api/health, artifacts and
// model assets over HTTP, and Socket.IO.
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { openDatabase } from '@tessera/db';
import { RunnerRegistry, artifactParamResolver, createHub } from '@tessera/hub';
import { createNodeCatalogue } from '@tessera/nodes/specs';
import { handleApiRequest } from './api-routes.ts';
import { artifactAccessFor } from './auth/run-access.ts';
import { chainParamResolvers, inputImageResolver } from './comfy/input-image-resolver.ts';
import { startComfyApi } from './comfy/start-comfy-api.ts';
import { redirectedToSignIn } from './auth/sign-in-redirect.ts';
import { readEnv } from './env.ts';
import { buildAssets } from './http/build-assets.ts';
import { attachSockets } from './sockets.ts';
import { isMissingSharePage } from './sharing/share-page-gate.ts';
import { readVersion } from './version.ts';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repoRoot = path.resolve(webDir, '../..');

async function main(): Promise<void> {
  const env = readEnv(process.env, repoRoot);
  const database = await openDatabase({ url: env.databaseUrl });
  const runners = new RunnerRegistry();
  const catalogue = createNodeCatalogue();
  const hub = createHub({
    database,
    catalogue,
    dataDir: env.dataDir,
    runnerToken: env.runnerToken,
    registry: runners,
    ...(env.hubCacheBytes === undefined ? {} : { cacheBytes: env.hubCacheBytes }),
    ...(env.serverName === undefined ? {} : { serverName: env.serverName }),
    ...(env.redisUrl === undefined
      ? {}
      : {
          cluster: {
            redisUrl: env.redisUrl,
            serverName: env.serverName ?? `${os.hostname()}:${env.port}`,
            ...(env.runLockMs === undefined ? {} : { lockDurationMs: env.runLockMs }),
          },
        }),
    log: (line) => console.log(line),
    resolveParams: chainParamResolvers(
      artifactParamResolver(database.artifacts, artifactAccessFor(database, env.accounts)),
      inputImageResolver(env.dataDir, env.accounts),
    ),
  });
  const context = {
    database,
    runners,
    hub,
    version: readVersion(repoRoot),
    startedAt: new Date(),
    dataDir: env.dataDir,
    modelsDir: env.modelsDir,
    auth: { accounts: env.accounts, secureCookies: env.secureCookies },
  };
  await database.users.ensureLocalUser();

  const app = next({ dev: env.dev, dir: webDir, hostname: env.host, port: env.port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  const assets = buildAssets(
    path.join(webDir, process.env.TESSERA_NEXT_DIST_DIR ?? '.next', 'static'),
  );

  const http = createServer((req, res) => {
    assets
      .handle(req, res)
      .then(async (served) => served || (await handleApiRequest(req, res, context)))
      .then(async (handled) => {
        if (handled || (await redirectedToSignIn(req, res, context))) return;
        if (await isMissingSharePage(req, database)) await app.render404(req, res);
        else await handleWithNext(req, res);
      })
      .catch((error: unknown) => {
        console.error('Request failed:', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal server error');
      });
  });
  const io = attachSockets(http, hub, context);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(env.port, env.host, resolve);
  });
  const recovered = await hub.start();
  if (recovered.requeued + recovered.resumed > 0)
    console.log(
      `Run queue: ${recovered.requeued} queued run(s) queued again, ${recovered.resumed} interrupted run(s) continued from their finished nodes`,
    );
  const comfyApi = await startComfyApi(
    {
      host: env.host,
      port: env.comfyPort,
      accounts: env.accounts,
      dataDir: env.dataDir,
      version: context.version,
    },
    { database, hub, runners, catalogue },
  );
  console.log(
    `Tessera is ready on http://${env.host}:${env.port} (database: ${database.provider}${hub.cluster ? ', cluster mode: runs queued on Redis' : ''})`,
  );

  const shutdown = (signal: string): void => {
    console.log(`${signal}: shutting down`);
    void hub.stop().then(() => hub.cluster?.close());
    void io.close();
    void comfyApi?.close();
    http.close();
    void database.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(
    `Tessera could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
