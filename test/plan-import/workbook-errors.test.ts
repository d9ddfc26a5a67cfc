import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetsToPlan } from '../../src/core/plan-workbook/sheets-to-plan.ts';
import { foldVietnamese } from '../../src/core/text/fold.ts';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';
import { loadPlanWorkbookBuffer, loadPlanWorkbookFile, readRawSheets } from '../../src/plan-import/workbook/read-plan-workbook.ts';
import { bytesOf, errorMessages, loadWorkbook, MINIMAL_PLAN, SEED_PLAN, sheet, workbookOf } from './workbook-fixtures.ts';

// Minimal plan: Nhiệm vụ row 2 is GD1-01 (A mã, C chủ trì, D phối hợp, F bắt đầu, G hạn, H định kỳ, J cần kiểm tra);
// Đơn vị rows 2-3 are CATP (Công an thành phố) and CAP5; Giai đoạn row 2 is GD1.

describe('reading a review workbook: problems by sheet, row and column', () => {
  it('a date that does not exist', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('G2').value = '31/02/2023';
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      "Sheet Nhiệm vụ, dòng 2, cột Hạn: '31/02/2023' không phải ngày hợp lệ (tháng 2/2023 chỉ có 28 ngày).",
    ]);
  });

  it('text that is no date at all', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('F2').value = 'đầu tháng 3';
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      "Sheet Nhiệm vụ, dòng 2, cột Bắt đầu: 'đầu tháng 3' không phải ngày hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2023).",
    ]);
  });

  it('accepts text dates dd/MM/yyyy and real Excel dates with a time', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const tasks = sheet(wb, 'Nhiệm vụ');
    tasks.getCell('F2').value = '27/02/2023';
    tasks.getCell('G2').value = new Date(Date.UTC(2023, 1, 28, 17, 0));
    const result = await loadWorkbook(wb);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.tasks[0]?.startDate).toBe('2023-02-27');
    expect(result.plan.tasks[0]?.deadline?.toISOString()).toBe('2023-02-28T10:00:00.000Z');
  });

  it('accepts a date Excel stores as a bare serial number (a date cell without its date format)', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const cell = sheet(wb, 'Nhiệm vụ').getCell('G2');
    cell.value = 44985; // 28/02/2023
    cell.numFmt = 'General';
    const result = await loadWorkbook(wb);
    expect(result.ok && result.plan.tasks[0]?.deadlineDate).toBe('2023-02-28');
  });

  it('a formula with no saved result (a file written by a script) is named, never read as an empty cell', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const tasks = sheet(wb, 'Nhiệm vụ');
    tasks.getCell('G2').value = { formula: 'DATE(2023,6,30)' } as ExcelJS.CellFormulaValue;
    tasks.getCell('A2').value = { formula: '"GD1-"&"01"' } as ExcelJS.CellFormulaValue;
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      'Sheet Nhiệm vụ, dòng 2, cột Mã: ô có công thức nhưng chưa có kết quả (tệp do một chương trình tạo ra). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.',
      'Sheet Nhiệm vụ, dòng 2, cột Hạn: ô có công thức nhưng chưa có kết quả (tệp do một chương trình tạo ra). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại.',
    ]);
    // the same formulas as Excel saves them, with their results: read as what the cell shows
    tasks.getCell('G2').value = { formula: 'DATE(2023,6,30)', result: new Date(Date.UTC(2023, 5, 30)) } as ExcelJS.CellFormulaValue;
    tasks.getCell('A2').value = { formula: '"GD1-"&"01"', result: 'GD1-01' } as ExcelJS.CellFormulaValue;
    const result = await loadWorkbook(wb);
    expect(result.ok && [result.plan.tasks[0]?.code, result.plan.tasks[0]?.deadlineDate]).toEqual(['GD1-01', '2023-06-30']);
  });

  it('a lead unit that is not on the Units sheet', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('C2').value = 'CAP9';
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      "Sheet Nhiệm vụ, dòng 2, cột Chủ trì: đơn vị 'CAP9' không có ở sheet Đơn vị. Hãy chọn mã trong danh sách hoặc thêm đơn vị vào sheet Đơn vị.",
    ]);
  });

  it('a support unit that is not on the Units sheet', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('D2').value = 'CAP5; Hội Nông dân';
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      "Sheet Nhiệm vụ, dòng 2, cột Phối hợp: đơn vị 'Hội Nông dân' không có ở sheet Đơn vị hoặc sheet Nhóm đơn vị. Hãy chọn mã trong danh sách hoặc thêm đơn vị vào sheet Đơn vị hoặc sheet Nhóm đơn vị.",
    ]);
  });

  it('reads units by name as well as by code, without diacritics', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('C2').value = 'cong an thanh pho';
    sheet(wb, 'Nhiệm vụ').getCell('D2').value = 'Công an Phường 5';
    const result = await loadWorkbook(wb);
    expect(result.ok && [result.plan.tasks[0]?.lead, result.plan.tasks[0]?.support]).toEqual(['CATP', ['CAP5']]);
  });

  it('a task without a lead', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('C2').value = null;
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      'Sheet Nhiệm vụ, dòng 2, cột Chủ trì: cần ghi đơn vị chủ trì (mỗi nhiệm vụ cần đúng một đơn vị chủ trì).',
    ]);
  });

  it('duplicate task codes', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const tasks = sheet(wb, 'Nhiệm vụ');
    tasks.getRow(3).values = tasks.getRow(2).values as ExcelJS.CellValue[];
    expect(errorMessages(await loadWorkbook(wb))).toEqual(['Sheet Nhiệm vụ, dòng 3, cột Mã: mã "GD1-01" bị trùng với dòng 2. Mỗi mã chỉ dùng một lần.']);
  });

  it('lists every problem at once and imports nothing', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    const tasks = sheet(wb, 'Nhiệm vụ');
    tasks.getRow(3).values = tasks.getRow(2).values as ExcelJS.CellValue[];
    tasks.getCell('G2').value = '31/02/2023';
    tasks.getCell('C3').value = 'CAP9';
    tasks.getCell('H3').value = 'thỉnh thoảng';
    tasks.getCell('J3').value = 'chắc vậy';
    sheet(wb, 'Đơn vị').getCell('E3').value = 'công an xã';
    sheet(wb, 'Kế hoạch').getCell('B6').value = '30/02/2023';
    const result = await loadWorkbook(wb);
    expect(result.ok).toBe(false);
    expect(errorMessages(result)).toEqual([
      "Sheet Kế hoạch, dòng 6, cột Giá trị: '30/02/2023' không phải ngày hợp lệ (tháng 2/2023 chỉ có 28 ngày).",
      "Sheet Nhiệm vụ, dòng 2, cột Hạn: '31/02/2023' không phải ngày hợp lệ (tháng 2/2023 chỉ có 28 ngày).",
      'Sheet Nhiệm vụ, dòng 3, cột Định kỳ: \'thỉnh thoảng\' không hiểu được; ghi ví dụ "hằng tháng, ngày 20, từ 01/03/2023, đến 31/12/2023".',
      'Sheet Nhiệm vụ, dòng 3, cột Cần kiểm tra: \'chắc vậy\' không hiểu được: ghi "có" hoặc để trống.',
      'Sheet Nhiệm vụ, dòng 3, cột Mã: mã "GD1-01" bị trùng với dòng 2. Mỗi mã chỉ dùng một lần.',
      "Sheet Nhiệm vụ, dòng 3, cột Chủ trì: đơn vị 'CAP9' không có ở sheet Đơn vị. Hãy chọn mã trong danh sách hoặc thêm đơn vị vào sheet Đơn vị.",
      "Sheet Đơn vị, dòng 3, cột Loại: 'công an xã' không phải loại đơn vị hợp lệ: chọn một trong công an, đảng, chính quyền, đoàn thể, sở/ngành, ban chỉ đạo, khác.",
    ]);
  });

  it('a sub-period under a phase that is not above it, and a sub-period ending before it starts', async () => {
    const wb = await workbookOf(SEED_PLAN); // Giai đoạn: row 2 GD1, 3 GD2, 4 GD2-CD (thuộc GD2), 5 GD3
    const phases = sheet(wb, 'Giai đoạn');
    phases.getCell('E4').value = 'GD9';
    expect(errorMessages(await loadWorkbook(wb))).toEqual([
      "Sheet Giai đoạn, dòng 4, cột Thuộc giai đoạn: giai đoạn 'GD9' không có ở các dòng phía trên của sheet Giai đoạn.",
    ]);
    phases.getCell('E4').value = 'gd2';
    phases.getCell('D4').value = '01/02/2023';
    const messages = errorMessages(await loadWorkbook(wb));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Sheet Giai đoạn, dòng 4, cột Kết thúc: /);
  });

  it('a missing sheet comes first, without a CLI command, and nothing is looked up in it', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    wb.removeWorksheet(sheet(wb, 'Giai đoạn').id);
    const result = await loadWorkbook(wb);
    expect(errorMessages(result)).toEqual(['Sheet Giai đoạn: không có sheet này trong tệp. Tệp cần đủ các sheet Nhiệm vụ, Kế hoạch, Đơn vị, Giai đoạn.']);
    expect(!result.ok && result.errors[0]?.missing).toBe(true);
  });

  it('a missing units sheet: no unit of any task is reported as unknown', async () => {
    const wb = await workbookOf(SEED_PLAN);
    wb.removeWorksheet(sheet(wb, 'Đơn vị').id);
    const messages = errorMessages(await loadWorkbook(wb));
    expect(messages[0]).toMatch(/^Sheet Đơn vị: không có sheet này trong tệp/);
    expect(messages.filter((m) => m.includes('không có ở sheet Đơn vị'))).toEqual([]);
  });

  it('a missing column, found by header name', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('G1').value = 'Hạn chót';
    expect(errorMessages(await loadWorkbook(wb))).toEqual(['Sheet Nhiệm vụ, dòng 1: thiếu cột "Hạn".']);
  });

  it('a renamed required column is the one error: its cells are not checked row by row', async () => {
    const wb = await workbookOf(SEED_PLAN);
    sheet(wb, 'Nhiệm vụ').getCell('C1').value = 'Đơn vị chủ trì';
    wb.removeWorksheet(sheet(wb, 'Kế hoạch').id);
    const messages = errorMessages(await loadWorkbook(wb));
    expect(messages.slice(0, 2)).toEqual([
      'Sheet Kế hoạch: không có sheet này trong tệp. Tệp cần đủ các sheet Nhiệm vụ, Kế hoạch, Đơn vị, Giai đoạn.',
      'Sheet Nhiệm vụ, dòng 1: thiếu cột "Chủ trì".',
    ]);
    expect(messages.filter((m) => m.includes('cột Chủ trì'))).toEqual([]);
  });

  it('a missing row of the plan header', async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    sheet(wb, 'Kế hoạch').spliceRows(4, 1); // Cơ quan ban hành
    expect(errorMessages(await loadWorkbook(wb))).toEqual(['Sheet Kế hoạch: thiếu dòng "Cơ quan ban hành" (cột A là tên trường, cột B là giá trị).']);
  });

  it("a plan without an area (a school's own plan has none) imports: Địa bàn is optional", async () => {
    const wb = await workbookOf(MINIMAL_PLAN);
    expect(sheet(wb, 'Kế hoạch').getCell('A8').value).toBe('Địa bàn');
    sheet(wb, 'Kế hoạch').getCell('B8').value = null;
    const result = await loadWorkbook(wb);
    expect(errorMessages(result)).toEqual([]);
    expect(result.ok && result.plan.area).toBeUndefined();
  });

  it('columns in any order, headers in any case and without diacritics', async () => {
    const sheets = await readRawSheets(await bytesOf(await workbookOf(MINIMAL_PLAN)));
    const expected = sheetsToPlan(sheets).data;
    const tasks = sheets.find((s) => s.name === 'Nhiệm vụ')!;
    tasks.rows = tasks.rows.map((row, i) => (i === 0 ? row.map((cell) => foldVietnamese(String(cell)).toUpperCase()) : row).reverse());
    const read = sheetsToPlan(sheets);
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual(expected);
  });
});

describe('files that are not a plan workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-xlsx-'));

  it('a text file named .xlsx', async () => {
    const path = join(dir, 'ghichu.xlsx');
    writeFileSync(path, 'plan: 1/KH\n');
    expect(errorMessages(await loadPlanFile(path))).toEqual(['tệp không phải bảng tính Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.']);
  });

  it('a password-protected workbook (an OLE compound file)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(errorMessages(await loadPlanWorkbookBuffer(ole, 'matkhau.xlsx'))[0]).toMatch(/^tệp được đặt mật khẩu \(mã hóa\)/);
  });

  it('a workbook over 20 MB, refused before it is read', async () => {
    const path = join(dir, 'lon.xlsx');
    writeFileSync(path, '');
    truncateSync(path, 21 * 1024 * 1024);
    expect(errorMessages(await loadPlanWorkbookFile(path))).toEqual(['tệp quá lớn (21 MB); tệp kế hoạch .xlsx tối đa 20 MB.']);
  });

  it('a zip whose parts would unpack to gigabytes', async () => {
    const bytes = await bytesOf(await workbookOf(MINIMAL_PLAN));
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0xf0000000, entry + 24);
    expect(errorMessages(await loadPlanWorkbookBuffer(bytes, 'bom.xlsx'))[0]).toMatch(/^tệp \.xlsx giải nén ra quá lớn/);
  });

  it('a damaged zip', async () => {
    const bytes = await bytesOf(await workbookOf(MINIMAL_PLAN));
    expect(errorMessages(await loadPlanWorkbookBuffer(bytes.subarray(0, 2000), 'hong.xlsx'))[0]).toMatch(/^tệp \.xlsx bị hỏng/);
  });

  it('a missing file', async () => {
    expect(errorMessages(await loadPlanFile(join(dir, 'khongco.xlsx')))[0]).toBe(`không tìm thấy tệp ${join(dir, 'khongco.xlsx')}.`);
  });
});
