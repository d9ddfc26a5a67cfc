import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import type { DbProvider } from '../../src/db/provider.ts';

/** The server that PostgreSQL tests create their throwaway databases on. Never skipped. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

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

/** A fresh, empty database of the provider: a temporary SQLite file or a new PostgreSQL database. */
export async function createTestDatabase(provider: DbProvider): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-test-'));
    return {
      provider,
      url: `file:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `dieuphoi_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
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
 * Runs a suite once on SQLite and once on PostgreSQL, each on its own migrated database.
 * `use()` gives the open database inside tests.
 */
export function describeOnEachDatabase(title: string, suite: (use: () => Database) => void): void {
  describe.each(PROVIDERS)(`${title} [%s]`, (provider) => {
    let testDb: TestDatabase | undefined;
    let db: Database | undefined;
    beforeAll(async () => {
      testDb = await createTestDatabase(provider);
      db = await openDatabase(testDb.url);
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
