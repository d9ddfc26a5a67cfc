import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCliFailure } from '../../src/cli/cli-failure.ts';
import { runCli } from '../../src/cli.ts';
import { runPlanImportCommand } from '../../src/cli/plan-import-command.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

const PRISMA_INTERNAL =
  'Error in the underlying connector (WASM_ERROR): Error: unknown variant `SocketTimeout`, expected one of `GenericJs`, `UnsupportedNativeDataType`, `InvalidIsolationLevel`';

describe('the CLI against a database another process holds (the running sandbox)', () => {
  let testDb: TestDatabase;
  let lock: Database.Database;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    lock = new Database(testDb.url.replace(/^file:/, ''));
    lock.exec('BEGIN EXCLUSIVE');
    process.env.DATABASE_URL = testDb.url;
  });
  afterAll(async () => {
    lock.exec('ROLLBACK');
    lock.close();
    process.env.DATABASE_URL = saved;
    await testDb.drop();
  });

  it('plan import (a write): one Vietnamese line, exit code 1, no stack trace or internal list', async () => {
    const lines: string[] = [];
    const code = await runCli(['plan', 'import', SEED_PLAN_PATH], (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/^Cơ sở dữ liệu (SQLite .*test\.db )?đang bận: một tiến trình khác \(thường là bot đang chạy\)/);
    expect(lines.join('\n')).not.toMatch(/SocketTimeout|expected one of|\n\s+at /);
  }, 60_000);
});

/**
 * QA: `plan export` failed "đang bận" for over a minute beside the idle sandbox bot. The migration step
 * (Prisma's schema engine) wants the file to itself, and the bot keeps a connection open: a command
 * with nothing to migrate, reading only, must not wait for that.
 */
describe('a read-only CLI command beside the running bot (its connection open on the WAL file, mid-write)', () => {
  let testDb: TestDatabase;
  let bot: Database.Database;
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    bot?.close();
    process.env.DATABASE_URL = saved;
    await testDb.drop();
  });

  it('plan export reads the plan at once, by its bare number', async () => {
    process.env.DATABASE_URL = testDb.url;
    expect(
      await runPlanImportCommand(
        [SEED_PLAN_PATH, '--activate'],
        () => {},
        { DATABASE_URL: testDb.url },
        () => new Date('2023-02-27T01:00:00Z'),
      ),
    ).toBe(0);
    bot = new Database(testDb.url.replace(/^file:/, ''));
    expect(bot.pragma('journal_mode', { simple: true })).toBe('wal');
    bot.exec('BEGIN IMMEDIATE');
    bot.prepare("UPDATE Plan SET number = number WHERE number = '45/KH-BCĐ'").run();
    const lines: string[] = [];
    const code = await runCli(['plan', 'export', '45', '--out', `${testDb.url.replace(/^file:/, '')}.yaml`], (line) => lines.push(line));
    bot.exec('ROLLBACK');
    expect(lines).toEqual([expect.stringMatching(/^Đã ghi kế hoạch 45\/KH-BCĐ vào .*: 8 nhiệm vụ/)]);
    expect(code).toBe(0);
    expect(lines[0]).not.toMatch(/SocketTimeout|expected one of|\n\s+at /);
  }, 60_000);
});

describe('describeCliFailure', () => {
  it('a busy database met in the middle of a command', () => {
    const error = Object.assign(new Error(PRISMA_INTERNAL), { name: 'PrismaClientUnknownRequestError' });
    expect(describeCliFailure(error)).toEqual({
      line: 'Cơ sở dữ liệu đang bận: một tiến trình khác (thường là bot đang chạy) đang ghi và giữ khoá quá lâu. Hãy thử lại sau ít phút. (database busy or locked)',
      exitCode: 1,
    });
  });

  it('another database error: its first line, without the internal list', () => {
    const error = Object.assign(new Error('Error in the underlying connector (WASM_ERROR): Error: unknown variant `Foo`, expected one of `A`\nat x'), {
      name: 'DriverAdapterError',
    });
    expect(describeCliFailure(error).line).toBe(
      'Lỗi cơ sở dữ liệu: Error in the underlying connector (WASM_ERROR). Kiểm tra DATABASE_URL và tệp hoặc máy chủ cơ sở dữ liệu rồi chạy lại. (database error)',
    );
  });

  it('anything else: "Lỗi: " and the first line', () => {
    expect(describeCliFailure(new Error('hỏng\n    at foo (x.ts:1:1)'))).toEqual({ line: 'Lỗi: hỏng', exitCode: 1 });
  });
});
