// A scratch copy of a provider's committed migrations, for tests that add or edit migrations.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseProvider } from '../database-url.ts';
import { defaultMigrationsDir } from '../migrate/migration-files.ts';

export interface MigrationsCopy {
  readonly dir: string;
  add(name: string, sql: string): void;
  edit(name: string, change: (sql: string) => string): void;
  remove(): void;
}

export function copyMigrations(provider: DatabaseProvider): MigrationsCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tessera-migrations-'));
  const dir = path.join(root, 'migrations');
  cpSync(defaultMigrationsDir(provider), dir, { recursive: true });
  const file = (name: string) => path.join(dir, name, 'migration.sql');
  return {
    dir,
    add: (name, sql) => {
      mkdirSync(path.join(dir, name));
      writeFileSync(file(name), sql);
    },
    edit: (name, change) => writeFileSync(file(name), change(readFileSync(file(name), 'utf8'))),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
