// The only place that reads process.env for the web server; everything else gets `Env`.
import path from 'node:path';
import { z } from 'zod';

const zEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TESSERA_DATA_DIR: z.string().min(1).default('data'),
  TESSERA_MODELS_DIR: z.string().min(1).default('models'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      'DATABASE_URL must start with file: (SQLite) or postgresql://',
    )
    .optional(),
  TESSERA_RUNNER_TOKEN: z.string().min(1).optional(),
  TESSERA_ACCOUNTS: z.enum(['on', 'off']).default('off'),
  TESSERA_SECURE_COOKIES: z.enum(['on', 'off']).default('off'),
  TESSERA_HUB_CACHE_BYTES: z.coerce.number().int().min(0).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
  TESSERA_SERVER_NAME: z.string().min(1).max(200).optional(),
  TESSERA_RUN_LOCK_MS: z.coerce.number().int().min(1_000).optional(),
  TESSERA_COMFY_PORT: z.coerce.number().int().min(0).max(65535).default(8188),
});

export interface Env {
  readonly dev: boolean;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** Model packages, one folder each (`<modelsDir>/<id>/model.json`). */
  readonly modelsDir: string;
  readonly databaseUrl: string;
  readonly runnerToken: string | undefined;
  /** Accounts (sign-up/sign-in, owner-only data); off = one local user, no login. */
  readonly accounts: boolean;
  /** Session cookies marked Secure (serve over HTTPS when on). */
  readonly secureCookies: boolean;
  /** Budget of the hub's node output cache in bytes (0: off); undefined: the hub's default. */
  readonly hubCacheBytes: number | undefined;
  /**
   * Cluster mode: the Redis every server shares (with DATABASE_URL=postgresql://…); undefined:
   * embedded mode (one process, the in-process queue).
   */
  readonly redisUrl: string | undefined;
  /** This server's name in the cluster's health report (default host name and port). */
  readonly serverName: string | undefined;
  /** How long a server may stay silent before its runs move to another (default 30 s). */
  readonly runLockMs: number | undefined;
  /** Port of the ComfyUI-compatible API (its own listener, on `host`); 0: off. */
  readonly comfyPort: number;
}

/** Parses the environment; throws one message listing every bad variable. */
export function readEnv(
  source: Readonly<Record<string, string | undefined>>,
  repoRoot: string,
): Env {
  const parsed = zEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const vars = parsed.data;
  if (vars.REDIS_URL !== undefined && !/^postgres(ql)?:\/\//.test(vars.DATABASE_URL ?? ''))
    throw new Error(
      'Invalid environment:\n  REDIS_URL: cluster mode needs DATABASE_URL=postgresql://… (one database for every server)',
    );
  const dataDir = path.resolve(repoRoot, vars.TESSERA_DATA_DIR);
  return {
    dev: vars.NODE_ENV === 'development',
    host: vars.HOST,
    port: vars.PORT,
    dataDir,
    modelsDir: path.resolve(repoRoot, vars.TESSERA_MODELS_DIR),
    databaseUrl: vars.DATABASE_URL ?? `file:${path.join(dataDir, 'tessera.db')}`,
    runnerToken: vars.TESSERA_RUNNER_TOKEN,
    accounts: vars.TESSERA_ACCOUNTS === 'on',
    secureCookies: vars.TESSERA_SECURE_COOKIES === 'on',
    hubCacheBytes: vars.TESSERA_HUB_CACHE_BYTES,
    redisUrl: vars.REDIS_URL,
    serverName: vars.TESSERA_SERVER_NAME,
    runLockMs: vars.TESSERA_RUN_LOCK_MS,
    comfyPort: vars.TESSERA_COMFY_PORT,
  };
}
