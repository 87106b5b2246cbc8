import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'hub',
    include: ['src/**/*.test.ts'],
    // The e2e suites start real runner processes in their hooks, and a runner creates its model
    // sessions before it connects: seconds on a busy machine.
    hookTimeout: 60_000,
  },
});
