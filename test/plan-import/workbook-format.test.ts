import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planWorkbookBuffer } from '../../src/plan-import/workbook/write-plan-workbook.ts';
import { readPlanFile, SEED_PLAN, sheet } from './workbook-fixtures.ts';

describe('the review workbook as a person opens it (seed plan)', () => {
  const wb = new ExcelJS.Workbook();
  beforeAll(async () => {
    await wb.xlsx.load((await planWorkbookBuffer(readPlanFile(SEED_PLAN))) as unknown as ArrayBuffer);
  });

  it('has the sheets in order, tasks first and the guide last', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Nhiệm vụ', 'Kế hoạch', 'Đơn vị', 'Nhóm đơn vị', 'Giai đoạn', 'Tiêu chí', 'Hướng dẫn']);
    expect(String(sheet(wb, 'Hướng dẫn').getCell('A1').value)).toBe('Hướng dẫn kiểm tra bản nháp kế hoạch');
  });

  it('Tasks: the asked columns, frozen header, filters, widths and wrapped text', () => {
    const tasks = sheet(wb, 'Nhiệm vụ');
    expect((tasks.getRow(1).values as unknown[]).slice(1, 12)).toEqual([
      'Mã',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Giai đoạn',
      'Bắt đầu',
      'Hạn',
      'Định kỳ',
      'Trích dẫn văn bản',
      'Cần kiểm tra',
      'Lý do',
    ]);
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.autoFilter).toBe('A1:O1');
    expect(tasks.getColumn(9).width).toBe(60);
    expect(tasks.getCell('I2').alignment).toMatchObject({ wrapText: true });
    expect(tasks.getCell('D1').note).toBeTruthy();
  });

  it('Tasks: a drop-down of the units on Chủ trì, and of the phases on Giai đoạn', () => {
    const tasks = sheet(wb, 'Nhiệm vụ');
    const units = sheet(wb, 'Đơn vị');
    const lastUnitRow = readPlanFile(SEED_PLAN).units.length + 1;
    expect(tasks.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: [`'Đơn vị'!$A$2:$A$${lastUnitRow}`] });
    expect(tasks.getCell('C150').dataValidation).toMatchObject({ type: 'list' });
    const lastPhaseRow = sheet(wb, 'Giai đoạn').actualRowCount;
    expect(tasks.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: [`'Giai đoạn'!$A$2:$A$${lastPhaseRow + 200}`] });
    expect(units.getCell(`A${lastUnitRow}`).value).toBe(readPlanFile(SEED_PLAN).units.at(-1)?.code);
  });

  it('Tasks: rows marked for review are highlighted, the others are not', () => {
    const tasks = sheet(wb, 'Nhiệm vụ');
    const fills = new Map<boolean, Set<string>>([
      [true, new Set()],
      [false, new Set()],
    ]);
    for (let row = 2; row <= tasks.actualRowCount; row++) {
      const review = tasks.getCell(row, 10).value === 'có';
      const fill = tasks.getCell(row, 2).fill as ExcelJS.FillPattern | undefined;
      fills.get(review)?.add(fill?.fgColor?.argb ?? 'none');
    }
    expect([...(fills.get(true) ?? [])]).toEqual(['FFFFE699']);
    expect([...(fills.get(false) ?? [])]).toEqual(['none']);
  });

  it('dates are real Excel dates shown dd/MM/yyyy', () => {
    const tasks = sheet(wb, 'Nhiệm vụ');
    expect(tasks.getCell('G2').value).toEqual(new Date(Date.UTC(2023, 1, 28)));
    expect(tasks.getCell('G2').numFmt).toBe('dd/mm/yyyy');
    expect(tasks.getCell('G180').numFmt).toBe('dd/mm/yyyy');
    const phases = sheet(wb, 'Giai đoạn');
    expect(phases.getCell('C2').value).toBeInstanceOf(Date);
    expect(phases.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet(wb, 'Kế hoạch').getCell('B6').value).toEqual(new Date(Date.UTC(2023, 1, 27)));
  });

  it('Units, Phases and Plan sheets carry their fields', () => {
    expect((sheet(wb, 'Đơn vị').getRow(1).values as unknown[]).slice(1, 6)).toEqual(['Mã', 'Tên', 'Tên ngắn', 'Bí danh', 'Loại']);
    expect((sheet(wb, 'Giai đoạn').getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Mã', 'Tên', 'Bắt đầu', 'Kết thúc']);
    const plan = sheet(wb, 'Kế hoạch');
    expect([plan.getCell('A2').value, plan.getCell('B2').value]).toEqual(['Số kế hoạch', '45/KH-BCĐ']);
    expect(plan.getCell('A8').value).toBe('Địa bàn');
    expect(sheet(wb, 'Tiêu chí').actualRowCount).toBeGreaterThan(1);
  });
});

describe('the review workbook of a plan without phases', () => {
  it('Giai đoạn offers the Giai đoạn sheet rows a person may fill, not an empty list that refuses every value', async () => {
    const file = readPlanFile(SEED_PLAN);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planWorkbookBuffer({ ...file, phases: [], tasks: file.tasks.map(({ phase: _, ...task }) => task) })) as unknown as ArrayBuffer);
    expect(sheet(wb, 'Nhiệm vụ').getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Giai đoạn'!$A$2:$A$201"] });
  });
});
