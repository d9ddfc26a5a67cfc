import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { PlanFile } from '../../core/plan/plan-schema.ts';
import { PLAN_GUIDE_LINES } from '../../core/plan-workbook/plan-guide.ts';
import { documentText } from '../../core/text/document-text.ts';
import { type PlanSheets, planToSheets, type TableRow } from '../../core/plan-workbook/plan-to-sheets.ts';
import {
  BOUNDARY_LABELS,
  type CellValue,
  CRITERION_KIND_LABELS,
  type ColumnDef,
  FLAG_TEXT,
  GUIDE_SHEET_NAME,
  isDateCell,
  PHASES_SHEET,
  PLAN_SHEET_NAME,
  type TableSheetDef,
  TASKS_SHEET,
  UNIT_KIND_LABELS,
  UNITS_SHEET,
} from '../../core/plan-workbook/workbook-layout.ts';

/** Rows below the data that still offer the drop-down lists, for tasks and units a person adds. */
const SPARE_ROWS = 200;
const HEADER_FILL = 'FFD9E1F2';
const REVIEW_FILL = 'FFFFE699';
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** Printed on A4 landscape, every column on one page wide. */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

/** The review workbook of a plan file (or of a draft with blanks still to fill), as .xlsx bytes. */
export async function planWorkbookBuffer(file: PlanFile): Promise<Buffer> {
  const sheets = planToSheets(file);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điều phối';
  const order = [TASKS_SHEET.name, PLAN_SHEET_NAME, UNITS_SHEET.name];
  for (const name of order) {
    if (name === PLAN_SHEET_NAME) addPlanSheet(workbook, sheets);
    else addTable(workbook, sheets, name);
  }
  for (const { sheet } of sheets.tables) if (!order.includes(sheet.name)) addTable(workbook, sheets, sheet.name);
  addGuide(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writePlanWorkbook(file: PlanFile, path: string): Promise<void> {
  await writeFile(path, await planWorkbookBuffer(file));
}

function addTable(workbook: ExcelJS.Workbook, sheets: PlanSheets, name: string): void {
  const table = sheets.tables.find((t) => t.sheet.name === name);
  if (!table) return;
  const { sheet: def, rows } = table;
  const ws = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }], pageSetup: PAGE_SETUP });
  ws.pageSetup.printTitlesRow = '1:1';
  ws.columns = def.columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  def.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (column.note) cell.note = column.note;
  });
  header.height = 30;
  rows.forEach((row, i) => {
    writeRow(ws.getRow(i + 2), def, row);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: def.columns.length } };
  addValidations(ws, def, sheets, rows.length + 1 + SPARE_ROWS);
}

function writeRow(excelRow: ExcelJS.Row, def: TableSheetDef, row: TableRow): void {
  excelRow.height = rowHeight(def.columns.map((column) => [row.cells[column.key] ?? null, column.width]));
  def.columns.forEach((column, i) => {
    const cell = excelRow.getCell(i + 1);
    setCell(cell, row.cells[column.key] ?? null);
    cell.alignment = { vertical: 'top', wrapText: true };
    if (row.review) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: REVIEW_FILL } };
  });
}

/**
 * Height for wrapped text: spreadsheet programs do not re-measure rows of a file they did not write,
 * so without it long clauses overlap the next row.
 */
function rowHeight(cells: [CellValue, number][]): number {
  let lines = 1;
  for (const [value, width] of cells) {
    if (typeof value !== 'string') continue;
    const perLine = Math.max(1, Math.floor(width * 1.1));
    const count = value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  }
  return Math.min(409, 15 * lines + 3);
}

function setCell(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null || value === '') return;
  if (isDateCell(value)) {
    const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = (value.time ?? '00:00').split(':').map(Number) as [number, number];
    // Excel dates have no time zone: the UTC fields of this Date are the local wall-clock date.
    cell.value = new Date(Date.UTC(y, m - 1, d, hh, mm));
    cell.numFmt = value.time ? DATE_TIME_FORMAT : DATE_FORMAT;
    return;
  }
  // text extracted from a plan's .docx/.pdf may hold code points XML forbids
  cell.value = typeof value === 'string' ? documentText(value) : value;
}

function addValidations(ws: ExcelJS.Worksheet, def: TableSheetDef, sheets: PlanSheets, lastRow: number): void {
  const countOf = (name: string) => sheets.tables.find((t) => t.sheet.name === name)?.rows.length ?? 0;
  const listFrom = (name: string) => `'${name}'!$A$2:$A$${Math.max(2, countOf(name) + 1)}`;
  const inline = (values: string[]) => `"${values.join(',')}"`;
  def.columns.forEach((column, i) => {
    let formula: string | undefined;
    let strict = true;
    if (def.name === TASKS_SHEET.name && column.key === 'lead') {
      formula = listFrom(UNITS_SHEET.name);
      strict = false; // a unit's name or alias is accepted too
    } else if (def.name === TASKS_SHEET.name && column.key === 'phase') {
      // a strict list: its spare rows let phases added on the Giai đoạn sheet be chosen (and a plan with none accept any)
      formula = `'${PHASES_SHEET.name}'!$A$2:$A$${countOf(PHASES_SHEET.name) + 1 + SPARE_ROWS}`;
    } else if (def.name === UNITS_SHEET.name && column.key === 'kind') formula = inline(Object.values(UNIT_KIND_LABELS));
    else if (column.key === 'kind') formula = inline(Object.values(CRITERION_KIND_LABELS));
    else if (column.type === 'flag') formula = inline([FLAG_TEXT]);
    for (let row = 2; row <= lastRow; row++) {
      const cell = ws.getCell(row, i + 1);
      if (formula) cell.dataValidation = listValidation(formula, column, strict);
      if (column.type === 'date' && cell.value === null) cell.numFmt = DATE_FORMAT;
    }
  });
}

function listValidation(formula: string, column: ColumnDef, strict: boolean): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: strict ? 'stop' : 'warning',
    errorTitle: column.header,
    error: strict ? 'Hãy chọn một giá trị trong danh sách.' : 'Giá trị không có trong danh sách đơn vị. Hãy kiểm tra lại mã hoặc tên đơn vị.',
  };
}

function addPlanSheet(workbook: ExcelJS.Workbook, sheets: PlanSheets): void {
  const ws = workbook.addWorksheet(PLAN_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_SETUP });
  ws.columns = [{ width: 30 }, { width: 90 }];
  const header = ws.getRow(1);
  header.values = ['Trường', 'Giá trị'];
  header.font = { bold: true };
  for (const i of [1, 2]) header.getCell(i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  sheets.plan.forEach((field, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = field.label;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    const cell = row.getCell(2);
    setCell(cell, field.value);
    row.height = rowHeight([[field.value, 90]]);
    cell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    if (field.key === 'before_boundary') {
      cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${Object.values(BOUNDARY_LABELS).join(',')}"`] };
      cell.note = '"Trước ngày 15/12": hết ngày D-1 nghĩa là hạn cuối ngày 14/12 (mặc định); hết ngày D nghĩa là hết ngày 15/12.';
    }
    if (field.key === 'review_notes' && field.value !== null) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: REVIEW_FILL } };
  });
}

function addGuide(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(GUIDE_SHEET_NAME, { pageSetup: PAGE_SETUP });
  ws.columns = [{ width: 110 }];
  PLAN_GUIDE_LINES.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    ws.getRow(i + 1).height = i === 0 ? 24 : rowHeight([[line, 110]]);
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}
