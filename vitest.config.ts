import { defineConfig } from 'vitest/config';

// Every package and app keeps its own vitest.config.ts; this file runs them all together.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
