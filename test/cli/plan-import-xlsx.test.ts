import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanImportCommand } from '../../src/cli/plan-import-command.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { planWorkbookBuffer } from '../../src/plan-import/workbook/write-plan-workbook.ts';
import { readPlanFile, SEED_PLAN } from '../plan-import/workbook-fixtures.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';

describe.each(PROVIDERS)('dieuphoi plan import <file.xlsx> [%s]', (provider) => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-import-xlsx-'));
  const seedXlsx = join(dir, 'kehoach.xlsx');
  const now = () => new Date('2023-02-27T01:00:00Z');
  const run = async (file: string, ...flags: string[]) => {
    const lines: string[] = [];
    const code = await runPlanImportCommand([file, ...flags], (l) => lines.push(l), { DATABASE_URL: db.url }, now);
    return { code, lines };
  };
  const counts = async () => {
    const database = await openDatabase(db.url, { migrate: false });
    try {
      const tasks = await database.prisma.task.findMany({ where: { archivedAt: null }, select: { code: true, title: true, dueAt: true } });
      return { tasks: tasks.length, audits: await database.prisma.auditLog.count(), byCode: new Map(tasks.map((t) => [t.code, t])) };
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    writeFileSync(seedXlsx, await planWorkbookBuffer(readPlanFile(SEED_PLAN)));
  });
  afterAll(() => db?.drop());

  it('imports the workbook, shows what it will add first, and activates', async () => {
    const { code, lines } = await run(seedXlsx, '--activate');
    expect(code).toBe(0);
    expect(lines.slice(0, 2)).toEqual([
      'Kế hoạch 45/KH-BCĐ chưa có trong cơ sở dữ liệu: 8 nhiệm vụ mới.',
      'Đã nhập kế hoạch 45/KH-BCĐ: 8 nhiệm vụ mới, 0 thay đổi, 0 lưu trữ, 0 giữ nguyên.',
    ]);
    expect(lines[2]).toContain('Kế hoạch đã được kích hoạt');
  });

  it('re-importing the same workbook, or the YAML it came from, changes nothing', async () => {
    const before = await counts();
    for (const file of [seedXlsx, SEED_PLAN]) {
      const { code, lines } = await run(file);
      expect(code).toBe(0);
      expect(lines).toEqual([
        'Thay đổi so với kế hoạch 45/KH-BCĐ đang có trong cơ sở dữ liệu:',
        '  = Giữ nguyên: 8',
        'Đã cập nhật kế hoạch 45/KH-BCĐ: 0 nhiệm vụ mới, 0 thay đổi, 0 lưu trữ, 8 giữ nguyên.',
      ]);
    }
    expect(await counts()).toEqual(before);
  });

  it('shows new, changed (which fields) and archived tasks of an edited workbook before importing it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(seedXlsx);
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    tasks.getCell('G2').value = '10/03/2023'; // GD1-01: deadline
    tasks.getCell('B3').value = 'Tham mưu triển khai chuyển hóa địa bàn (sửa tên)'; // GD2-01: title
    tasks.getCell('D3').value = 'CAP5; UBND_P5'; // GD2-01: support units
    tasks.getRow(10).values = tasks.getRow(9).values as ExcelJS.CellValue[]; // a copy of the last task …
    tasks.getCell('A10').value = 'P5-03'; // … as a new task
    tasks.spliceRows(8, 1); // P5-01 removed
    const edited = join(dir, 'kehoach-sua.xlsx');
    await wb.xlsx.writeFile(edited);

    const { code, lines } = await run(edited);
    expect(code).toBe(0);
    expect(lines).toEqual([
      'Thay đổi so với kế hoạch 45/KH-BCĐ đang có trong cơ sở dữ liệu:',
      '  + Mới (1): P5-03',
      '  ~ Thay đổi (2):',
      '      GD1-01: hạn 28/02/2023 → 10/03/2023',
      '      GD2-01: tên nhiệm vụ; phối hợp Công an Phường 5 → Công an Phường 5, Ủy ban nhân dân Phường 5',
      '  − Lưu trữ (không xóa) (1): P5-01',
      '  = Giữ nguyên: 5',
      'Đã cập nhật kế hoạch 45/KH-BCĐ: 1 nhiệm vụ mới, 2 thay đổi, 1 lưu trữ, 5 giữ nguyên.',
      '  • GD1-01: hạn 28/02/2023 → 10/03/2023 (đã ghi nhật ký)',
      '  • Lưu trữ (không xóa): P5-01',
    ]);
    const after = await counts();
    expect(after.byCode.get('GD2-01')?.title).toBe('Tham mưu triển khai chuyển hóa địa bàn (sửa tên)');
    expect(after.byCode.has('P5-01')).toBe(false);
    expect((await run(edited)).lines.at(-1)).toBe('Đã cập nhật kế hoạch 45/KH-BCĐ: 0 nhiệm vụ mới, 0 thay đổi, 0 lưu trữ, 8 giữ nguyên.');
  });

  it('refuses a workbook with errors, lists them all, and imports nothing', async () => {
    const before = await counts();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(seedXlsx);
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    tasks.getCell('G7').value = '31/02/2023';
    tasks.getCell('C4').value = 'Công an tỉnh';
    const broken = join(dir, 'kehoach-loi.xlsx');
    await wb.xlsx.writeFile(broken);
    const { code, lines } = await run(broken);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${broken} — Sheet Nhiệm vụ, dòng 4, cột Chủ trì: đơn vị 'Công an tỉnh' không có ở sheet Đơn vị. Hãy chọn mã trong danh sách hoặc thêm đơn vị vào sheet Đơn vị.`,
      `${broken} — Sheet Nhiệm vụ, dòng 7, cột Hạn: '31/02/2023' không phải ngày hợp lệ (tháng 2/2023 chỉ có 28 ngày).`,
      `${broken}: 2 lỗi — chưa nhập gì. Sửa tệp rồi chạy lại.`,
    ]);
    expect(await counts()).toEqual(before);
  });

  it('a workbook without its Giai đoạn sheet: that one error, then how to write a fresh workbook with the CLI', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(seedXlsx);
    wb.removeWorksheet(wb.getWorksheet('Giai đoạn')!.id);
    const broken = join(dir, 'kehoach-thieu-sheet.xlsx');
    await wb.xlsx.writeFile(broken);
    const { code, lines } = await run(broken);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${broken} — Sheet Giai đoạn: không có sheet này trong tệp. Tệp cần đủ các sheet Nhiệm vụ, Kế hoạch, Đơn vị, Giai đoạn.`,
      'Thiếu sheet hoặc cột: tải lại mẫu bằng "dieuphoi plan draft <văn bản kế hoạch> --xlsx <tệp.xlsx>".',
      `${broken}: 1 lỗi — chưa nhập gì. Sửa tệp rồi chạy lại.`,
    ]);
  });

  it('refuses a password-protected workbook and one over 20 MB with exit code 1, importing nothing', async () => {
    const before = await counts();
    const locked = join(dir, 'matkhau.xlsx');
    const ole = Buffer.alloc(8192);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(locked, ole);
    const big = join(dir, 'lon.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 25 * 1024 * 1024);
    const lockedRun = await run(locked);
    expect(lockedRun.code).toBe(1);
    expect(lockedRun.lines[0]).toContain('tệp được đặt mật khẩu (mã hóa) hoặc là tệp Excel 97-2003 (.xls)');
    const bigRun = await run(big);
    expect(bigRun.code).toBe(1);
    expect(bigRun.lines[0]).toBe(`${big} — tệp quá lớn (25 MB); tệp kế hoạch .xlsx tối đa 20 MB.`);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file that is not a workbook with exit code 1', async () => {
    const fake = join(dir, 'khong-phai.xlsx');
    writeFileSync(fake, 'xin chào');
    const { code, lines } = await run(fake);
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${fake} — tệp không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.`);
  });
});
