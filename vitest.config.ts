import { defineConfig } from 'vitest/config';

// Every package and app keeps its own vitest.config.ts; this file runs them all together.
export default defineConfig({
  test: {
    // A package may be a skeleton for a while; its project must not fail the whole run.
    passWithNoTests: true,
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
