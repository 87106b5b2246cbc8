import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'setup', include: ['src/**/*.test.ts'] },
});
