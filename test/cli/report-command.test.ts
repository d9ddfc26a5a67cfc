import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { runReportCommand } from '../../src/cli/report-command.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createHarness } from '../support/command-harness.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';
import { playReportHistory, REPORT_AT } from '../support/report-history.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

describe('dieuphoi report', () => {
  let db: TestDatabase;
  let dir: string;
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await runReportCommand(
      args,
      (l) => lines.push(l),
      { DATABASE_URL: db.url },
      () => REPORT_AT,
    );
    return { code, lines };
  };

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    dir = await mkdtemp(join(tmpdir(), 'dieuphoi-report-'));
    const database = await openDatabase(db.url);
    await playReportHistory(await createHarness(database));
    await database.close();
  });
  afterAll(async () => {
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the .docx for a quarter and says where; the plan can be named by its number alone', async () => {
    const out = join(dir, 'q4.docx');
    const { code, lines } = await run(['--plan', '45', '--period', 'quý IV/2023', '--format', 'docx', '--out', out]);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`Đã ghi ${out}: báo cáo Kế hoạch số 45/KH-BCĐ, quý IV/2023 (8 nhiệm vụ; bản mới).`);
    const doc = await readDocx(await readFile(out));
    expect(doc.paragraphs).toContain('(Quý IV/2023)');
  });

  it('defaults to the current month and .docx, and reuses the stored file when nothing changed', async () => {
    const out = join(dir, 'month.docx');
    expect((await run(['--plan', '45/KH-BCĐ', '--out', out])).lines[0]).toContain('tháng 11/2023 (8 nhiệm vụ; bản mới)');
    const again = await run(['--plan', '45/KH-BCD', '--out', out]);
    expect(again.lines[0]).toContain('số liệu không đổi, dùng lại bản đã lập lúc 09:00 20/11/2023');
  });

  it('writes the .xlsx', async () => {
    const out = join(dir, 'q4.xlsx');
    expect((await run(['--plan', '45', '--period', '6 tháng cuối năm 2023', '--format', 'xlsx', '--out', out])).code).toBe(0);
    const book = await readXlsx(await readFile(out));
    expect(book.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['Nhiệm vụ', 'Tổng hợp']);
  });

  it('refuses a bad period, format or plan in Vietnamese with exit code 2 (1 for an unknown plan)', async () => {
    const bad = await run(['--plan', '45', '--period', 'quý 5/2023', '--out', join(dir, 'x.docx')]);
    expect(bad).toEqual({ code: 2, lines: [expect.stringMatching(/^Kỳ báo cáo không hợp lệ: "quý 5\/2023"\. Dùng một trong các dạng: tháng \(11\/2023\)/)] });
    expect((await run(['--plan', '45', '--format', 'pdf', '--out', 'x'])).lines[0]).toBe('Định dạng không hợp lệ: "pdf". Chọn docx hoặc xlsx.');
    expect((await run(['--plan', '45'])).code).toBe(2);
    expect(await run(['--plan', '99/KH', '--out', join(dir, 'y.docx')])).toEqual({ code: 1, lines: ['Không tìm thấy kế hoạch "99/KH".'] });
  });

  it('is listed in dieuphoi --help', async () => {
    const lines: string[] = [];
    await runCli(['--help'], (l) => lines.push(l));
    expect(lines.join('\n')).toContain('dieuphoi report --plan <số>');
  });
});
