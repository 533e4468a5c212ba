import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Suites that hold real sockets, real processes and real timers against the deadlines the code promises.
 * They run after everything else, one file at a time, so they never compete with the rest of the suite
 * for a busy machine's cores.
 */
const REALTIME = [
  'test/**/*.test.ts',
  'src/core/checks/{connectivity,dns,http,http-bounds,http-https,tcp,tls}.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/renderer/**', ...REALTIME, 'node_modules/**'],
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'realtime',
          environment: 'node',
          include: REALTIME,
          exclude: ['test/e2e/**', 'node_modules/**'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
    ],
  },
});
