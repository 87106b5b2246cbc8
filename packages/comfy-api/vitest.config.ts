import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'comfy-api', include: ['src/**/*.test.ts'] },
});
