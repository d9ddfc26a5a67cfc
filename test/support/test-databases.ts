import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import type { DbProvider } from '../../src/db/provider.ts';

import { TEST_POSTGRES_URL } from './test-postgres-url.ts';

export { TEST_POSTGRES_URL };

export interface TestDatabase {
  provider: DbProvider;
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface CreateTestDatabaseOptions {
  /** Start empty (for tests of the migrations themselves) instead of from the migrated template. */
  empty?: boolean;
}

/**
 * A fresh database of the provider: a temporary SQLite file or a new PostgreSQL database, copied from
 * the template the global setup migrated (test/support/global-setup.ts), or empty when asked.
 */
export async function createTestDatabase(provider: DbProvider, options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-test-'));
    if (!options.empty) copyFileSync(inject('sqliteTemplatePath'), join(dir, 'test.db'));
    return {
      provider,
      url: `file:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `dieuphoi_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(options.empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplateName')}"`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export const PROVIDERS: DbProvider[] = ['sqlite', 'postgresql'];

/**
 * Runs a suite once on SQLite and once on PostgreSQL, each on its own copy of the migrated template.
 * `use()` gives the open database inside tests.
 */
export function describeOnEachDatabase(title: string, suite: (use: () => Database) => void): void {
  describe.each(PROVIDERS)(`${title} [%s]`, (provider) => {
    let testDb: TestDatabase | undefined;
    let db: Database | undefined;
    beforeAll(async () => {
      testDb = await createTestDatabase(provider);
      db = await openDatabase(testDb.url, { migrate: false });
    });
    afterAll(async () => {
      await db?.close();
      await testDb?.drop();
    });
    suite(() => {
      if (!db) throw new Error('database not open');
      return db;
    });
  });
}
