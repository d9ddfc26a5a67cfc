import { defineConfig } from 'vitest/config';

// The pure tests: domain logic, plan files and the drafter, configuration. No database, no network,
// no processes, so no global setup: `npm run test:unit` answers in seconds.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/plan/**/*.test.ts', 'test/plan-draft/**/*.test.ts', 'test/config/**/*.test.ts'],
    // document-files imports a plan into a database to show nothing lands: it runs with `npm test`.
    exclude: ['test/plan/document-files.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
