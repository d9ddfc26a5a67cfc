import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/project-root.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

const run = promisify(execFile);
const bin = join(projectRoot, 'bin/dieuphoi.js');

async function dieuphoi(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function migrationNames(db: TestDatabase): Promise<string[]> {
  if (db.provider === 'sqlite') {
    const sqlite = new Database(db.url.replace(/^file:/, ''));
    const rows = sqlite.prepare('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name').all() as { migration_name: string }[];
    sqlite.close();
    return rows.map((r) => r.migration_name);
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name');
  await client.end();
  return rows.map((r) => r.migration_name);
}

describe.each(['sqlite', 'postgresql'] as const)('dieuphoi db migrate [%s]', (provider) => {
  const created: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of created) await db.drop();
  });

  it('creates the schema on an empty database, records it, and changes nothing the second time', async () => {
    const db = await createTestDatabase(provider, { empty: true });
    created.push(db);
    const first = await dieuphoi(['db', 'migrate'], { DATABASE_URL: db.url });
    expect(first.code).toBe(0);
    // every migration folder of the provider, applied in one go
    const folders = readdirSync(join(projectRoot, 'prisma/migrations', provider), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(first.stdout).toContain(`đã áp dụng ${folders.length} migration`);
    const names = await migrationNames(db);
    expect(names).toEqual(folders.sort());
    const second = await dieuphoi(['db', 'migrate'], { DATABASE_URL: db.url });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('không có gì thay đổi');
    expect(await migrationNames(db)).toEqual(names);
  }, 60_000);
});

describe('bad configuration', () => {
  it('exits with code 2 and a readable message, no stack trace', async () => {
    const result = await dieuphoi(['db', 'migrate'], { DATABASE_URL: 'mysql://nope', BOT_MODE: 'sometimes' });
    expect(result.code).toBe(2);
    const output = result.stdout + result.stderr;
    expect(output).toContain('Cấu hình không hợp lệ');
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('BOT_MODE');
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);
});
