import { defineConfig } from 'vitest/config';

// Unit and integration tests (Node). End-to-end and keychain tests have their own configs.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
