import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Each test file opens its own temp database; files run in parallel workers.
    pool: 'forks',
    testTimeout: 60_000,
  },
});
