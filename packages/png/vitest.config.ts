import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'png', include: ['src/**/*.test.ts'] },
});
