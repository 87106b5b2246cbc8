// prisma/postgresql/schema.prisma is prisma/schema.prisma with another provider and output
// folder; this is the one place that knows how to derive it.

const HEADER = [
  '// GENERATED from prisma/schema.prisma by `pnpm --filter @tessera/db run sync-schemas`.',
  '// Do not edit: change prisma/schema.prisma and run the script (a test fails on drift).',
  '',
].join('\n');

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: cannot find ${what}`);
  return text.replace(pattern, replacement);
}

export function derivePostgresSchema(sqliteSchema: string): string {
  let schema = replaceOnce(
    sqliteSchema,
    /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'the sqlite datasource provider',
  );
  schema = replaceOnce(
    schema,
    /output(\s*)=(\s*)"\.\.\/packages\/db\/src\/generated\/sqlite"/,
    'output$1=$2"../../packages/db/src/generated/postgresql"',
    'the generator output "../packages/db/src/generated/sqlite"',
  );
  return HEADER + schema;
}
