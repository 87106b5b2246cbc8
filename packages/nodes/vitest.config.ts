import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'nodes', include: ['src/**/*.test.ts'] },
});
