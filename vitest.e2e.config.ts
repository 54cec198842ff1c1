import { defineConfig } from 'vitest/config';

// Real browsers on the built extension: one file at a time, since each launches a browser
// and CI has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
