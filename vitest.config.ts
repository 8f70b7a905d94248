import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'widget/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and workerd tests start their own servers; two cores only.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
