import { afterAll, describe, expect, it } from 'vitest';
import { runPlanImportCommand } from '../../src/cli/plan-import-command.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

describe('dieuphoi plan import', () => {
  let db: TestDatabase;
  afterAll(() => db?.drop());

  it('imports, activates, and changes nothing when run again', async () => {
    db = await createTestDatabase('sqlite');
    const env = { DATABASE_URL: db.url };
    const lines: string[] = [];
    const now = () => new Date('2023-02-27T01:00:00Z');
    expect(await runPlanImportCommand([SEED_PLAN_PATH, '--activate'], (l) => lines.push(l), env, now)).toBe(0);
    expect(lines[0]).toBe('Kế hoạch 45/KH-BCĐ chưa có trong cơ sở dữ liệu: 8 nhiệm vụ mới.');
    expect(lines[1]).toBe('Đã nhập kế hoạch 45/KH-BCĐ: 8 nhiệm vụ mới, 0 thay đổi, 0 lưu trữ, 0 giữ nguyên.');
    expect(lines[2]).toContain('Kế hoạch đã được kích hoạt');
    lines.length = 0;
    expect(await runPlanImportCommand([SEED_PLAN_PATH], (l) => lines.push(l), env, now)).toBe(0);
    expect(lines.at(-1)).toBe('Đã cập nhật kế hoạch 45/KH-BCĐ: 0 nhiệm vụ mới, 0 thay đổi, 0 lưu trữ, 8 giữ nguyên.');
    const database = await openDatabase(db.url, { migrate: false });
    expect(await database.prisma.plan.findFirst({ select: { status: true } })).toEqual({ status: 'active' });
    await database.close();
  });

  it('refuses a broken plan file with its Vietnamese errors and imports nothing', async () => {
    const lines: string[] = [];
    const code = await runPlanImportCommand(['test/fixtures/plans/broken/unknown-unit.yaml'], (l) => lines.push(l), {
      DATABASE_URL: db.url,
    });
    expect(code).toBe(1);
    expect(lines.at(-1)).toContain('chưa nhập gì');
  });

  it('answers bad usage with exit code 2', async () => {
    const lines: string[] = [];
    expect(await runPlanImportCommand([], (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toContain('Cách dùng');
  });
});
