import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv', () => {
  it('trusts INIT_CWD only inside the `tessera` script pnpm started', () => {
    expect(readEnv({ INIT_CWD: '/home/me', npm_lifecycle_event: 'tessera' }).invokedFrom).toBe(
      '/home/me',
    );
    // Inherited from an outer script (a test run): the process's own cwd is the right one.
    expect(readEnv({ INIT_CWD: '/home/me', npm_lifecycle_event: 'test:unit' })).not.toHaveProperty(
      'invokedFrom',
    );
    expect(readEnv({ INIT_CWD: '/home/me' })).not.toHaveProperty('invokedFrom');
  });

  it('reads empty variables as unset', () => {
    expect(readEnv({ NO_COLOR: '', TESSERA_DATA_DIR: '', INIT_CWD: '' })).toEqual({
      noColor: false,
    });
    expect(readEnv({ NO_COLOR: '1', TESSERA_DATA_DIR: '/srv/data' })).toEqual({
      noColor: true,
      dataDir: '/srv/data',
    });
  });
});
