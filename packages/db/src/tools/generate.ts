// `pnpm --filter @tessera/db run generate`: both Prisma clients into src/generated/.
import { runPrisma } from './run-prisma.ts';

for (const config of ['sqlite', 'postgresql'] as const) {
  const { code, stdout, stderr } = await runPrisma(config, ['generate']);
  if (code !== 0) {
    console.error(stdout, stderr);
    process.exit(code);
  }
  console.log(`generated the ${config} client`);
}
