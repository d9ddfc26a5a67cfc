import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/db/migrations/apply-migrations.ts';
import { TEST_POSTGRES_URL } from './test-postgres-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated SQLite file that suites copy instead of running the wasm migrations each time. */
    sqliteTemplatePath: string;
    /** A migrated PostgreSQL database that suites clone with CREATE DATABASE … TEMPLATE. */
    postgresTemplateName: string;
  }
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

/**
 * Migrates one template per provider with the same migration runner the bot uses at start, once per
 * test run. Each data-layer suite then starts from a copy of it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-template-'));
  const sqlitePath = join(dir, 'template.db');
  await applyMigrations(`file:${sqlitePath}`);
  // A plain file copy must not leave pages behind in a WAL file: the template is never opened in WAL mode.
  const sqliteTemplatePath = join(dir, 'migrated.db');
  copyFileSync(sqlitePath, sqliteTemplatePath);

  const postgresTemplateName = `dieuphoi_template_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE "${postgresTemplateName}"`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${postgresTemplateName}`;
  await applyMigrations(url.toString());

  project.provide('sqliteTemplatePath', sqliteTemplatePath);
  project.provide('postgresTemplateName', postgresTemplateName);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    await adminQuery(`DROP DATABASE IF EXISTS "${postgresTemplateName}" WITH (FORCE)`);
  };
}
