
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: on CI's 2-core machine that is a single
    // worker, and the 49 files ran one after the other. Each file still runs in its own isolated
    // worker context with its own in-memory IndexedDB (fake-indexeddb), and every database has its
    // own name, so two at a time share nothing.
    maxWorkers: '100%',
    testTimeout: 20_000,
    setupFiles: ['test/setup/indexeddb.ts'],
    // y-dexie reports every released document at debug level; that is noise in test output.
    onConsoleLog: (log) => !log.includes('was destroyed'),
  },
});
