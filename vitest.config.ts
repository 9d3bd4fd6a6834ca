
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
    setupFiles: ['test/setup/indexeddb.ts'],
    // y-dexie reports every released document at debug level; that is noise in test output.
    onConsoleLog: (log) => !log.includes('was destroyed'),
  },
});
