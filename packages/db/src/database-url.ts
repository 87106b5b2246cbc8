// What a database URL points at. `file:` → an SQLite file; postgres:// or postgresql:// → a
// PostgreSQL server.
import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export type DatabaseTarget =
  | { readonly provider: 'sqlite'; readonly url: string; readonly file: string }
  | { readonly provider: 'postgresql'; readonly url: string };

export class UnsupportedDatabaseUrlError extends Error {
  override readonly name = 'UnsupportedDatabaseUrlError';
  constructor(url: string) {
    super(
      `Unsupported database URL "${redactUrl(url)}": use file:<path> for SQLite or postgresql://user@host:port/db for PostgreSQL.`,
    );
  }
}

/** A relative SQLite path counts from `cwd` (the process's working directory by default). */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (url.startsWith('file:')) {
    const raw = url.slice('file:'.length).replace(/\?.*$/, '');
    if (raw === '') throw new UnsupportedDatabaseUrlError(url);
    const file = raw === ':memory:' ? raw : path.resolve(cwd, raw);
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new UnsupportedDatabaseUrlError(url);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  }
}
