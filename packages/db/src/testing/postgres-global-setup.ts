// Vitest global setup: one PostgreSQL server for the whole test run (127.0.0.1, a free port,
// a temporary folder), stopped and deleted afterwards. Tests get its URL with
// `inject('postgresUrl')` and create their own database on it (see test-database.ts).
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../tools/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
