import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // integration and e2e suites share one Docker engine and registries: run files one at a time
    fileParallelism: false,
    reporters: ['default'],
  },
});
