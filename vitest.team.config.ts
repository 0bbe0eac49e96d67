import { defineConfig } from 'vitest/config';

// Team mode (issue #16): the shared operations database against a real PostgreSQL server that
// test/team/global-setup.ts starts on a private port and data folder and removes afterwards.
export default defineConfig({
  test: {
    include: ['test/team/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/team/global-setup.ts'],
    // One file at a time: the files share one server and measure latency; 2 cores are shared.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
