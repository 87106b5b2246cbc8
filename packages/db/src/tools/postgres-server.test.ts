import { describe, expect, it } from 'vitest';
import { findPostgresBinDir } from './postgres-server.ts';

describe('findPostgresBinDir', () => {
  it('says how to install PostgreSQL when its binaries are missing', () => {
    expect(() => findPostgresBinDir({ PG_BIN_DIR: '/nonexistent/postgresql/bin' })).toThrow(
      /apt-get install postgresql/,
    );
  });
});
