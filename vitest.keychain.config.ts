import { defineConfig } from 'vitest/config';

// Runs inside `dbus-run-session` with gnome-keyring (scripts/with-keyring.sh).
export default defineConfig({
  test: {
    include: ['test/keychain/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
