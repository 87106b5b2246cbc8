import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv', () => {
  it('defaults to an embedded SQLite file under data/ on 127.0.0.1:3000', () => {
    const env = readEnv({}, '/srv/tessera');
    expect(env).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dataDir: '/srv/tessera/data',
      modelsDir: '/srv/tessera/models',
    });
    expect(env.databaseUrl).toBe('file:/srv/tessera/data/tessera.db');
  });

  it('takes PostgreSQL from DATABASE_URL and a custom data folder', () => {
    const env = readEnv({ DATABASE_URL: 'postgresql://u@h/db', TESSERA_DATA_DIR: '/tmp/t' }, '/x');
    expect(env.databaseUrl).toBe('postgresql://u@h/db');
    expect(env.dataDir).toBe('/tmp/t');
  });

  it('takes the model packages folder from TESSERA_MODELS_DIR, relative to the repository', () => {
    expect(readEnv({ TESSERA_MODELS_DIR: 'vendor/models' }, '/x').modelsDir).toBe(
      '/x/vendor/models',
    );
    expect(readEnv({ TESSERA_MODELS_DIR: '/opt/models' }, '/x').modelsDir).toBe('/opt/models');
  });

  it('keeps accounts off (one local user, no login) unless TESSERA_ACCOUNTS=on', () => {
    expect(readEnv({}, '/x')).toMatchObject({ accounts: false, secureCookies: false });
    const on = readEnv({ TESSERA_ACCOUNTS: 'on', TESSERA_SECURE_COOKIES: 'on' }, '/x');
    expect(on).toMatchObject({ accounts: true, secureCookies: true });
    expect(() => readEnv({ TESSERA_ACCOUNTS: 'yes' }, '/x')).toThrow(/TESSERA_ACCOUNTS/);
  });

  it("takes the hub's output cache budget from TESSERA_HUB_CACHE_BYTES (0 turns it off)", () => {
    expect(readEnv({}, '/x').hubCacheBytes).toBeUndefined();
    expect(readEnv({ TESSERA_HUB_CACHE_BYTES: '0' }, '/x').hubCacheBytes).toBe(0);
    expect(() => readEnv({ TESSERA_HUB_CACHE_BYTES: '-1' }, '/x')).toThrow(
      /TESSERA_HUB_CACHE_BYTES/,
    );
  });

  it('serves the ComfyUI-compatible API on 8188 unless TESSERA_COMFY_PORT says otherwise (0: off)', () => {
    expect(readEnv({}, '/x').comfyPort).toBe(8188);
    expect(readEnv({ TESSERA_COMFY_PORT: '0' }, '/x').comfyPort).toBe(0);
    expect(readEnv({ TESSERA_COMFY_PORT: '9188' }, '/x').comfyPort).toBe(9188);
    expect(() => readEnv({ TESSERA_COMFY_PORT: '70000' }, '/x')).toThrow(/TESSERA_COMFY_PORT/);
  });

  it('turns cluster mode on with REDIS_URL, which needs PostgreSQL', () => {
    expect(readEnv({}, '/x').redisUrl).toBeUndefined();
    const cluster = readEnv(
      {
        REDIS_URL: 'redis://127.0.0.1:6379',
        DATABASE_URL: 'postgresql://u@h/db',
        TESSERA_SERVER_NAME: 'web-1',
        TESSERA_RUN_LOCK_MS: '5000',
      },
      '/x',
    );
    expect(cluster).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      serverName: 'web-1',
      runLockMs: 5000,
    });
    expect(() => readEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }, '/x')).toThrow(
      /REDIS_URL: cluster mode needs DATABASE_URL=postgresql/,
    );
    expect(() =>
      readEnv({ REDIS_URL: 'http://h', DATABASE_URL: 'postgresql://u@h/db' }, '/x'),
    ).toThrow(/REDIS_URL must start with redis:\/\//);
  });

  it('names every bad variable', () => {
    expect(() => readEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' }, '/x')).toThrow(
      /PORT[\s\S]*DATABASE_URL/,
    );
  });
});
