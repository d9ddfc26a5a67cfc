import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { RawSheet } from '../../core/plan-workbook/read-sheet-cells.ts';
import { sheetsToPlan } from '../../core/plan-workbook/sheets-to-plan.ts';
import { formatWorkbookProblem, sameCell, type WorkbookProblem, withoutKnockOns } from '../../core/plan-workbook/workbook-problem.ts';
import { type CellValue, TASKS_SHEET } from '../../core/plan-workbook/workbook-layout.ts';
import { foldVietnamese } from '../../core/text/fold.ts';
import type { LoadPlanResult, PlanIssue } from '../plan-issue.ts';
import { validatePlanData } from '../validate-plan-data.ts';
import { MAX_PLAN_TASKS, tooManyTasksMessage } from '../../core/plan/plan-size-limit.ts';
import { checkWorkbookContainer, MAX_WORKBOOK_BYTES } from './check-workbook-container.ts';
import { uncalculatedFormulas } from './uncalculated-formulas.ts';

/**
 * Reads a review workbook (.xlsx) into the Plan model through the same schema and checks as a YAML
 * file. Every problem is named by sheet, row and column; with any error nothing is returned to import.
 */
export async function loadPlanWorkbookFile(path: string): Promise<LoadPlanResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > MAX_WORKBOOK_BYTES)
      return failure(
        path,
        `tệp quá lớn (${megabytes(info.size)} MB); tệp kế hoạch .xlsx tối đa ${megabytes(MAX_WORKBOOK_BYTES)} MB.`,
        `the file is too large (${megabytes(info.size)} MB, at most ${megabytes(MAX_WORKBOOK_BYTES)} MB).`,
      );
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là thư mục, không phải tệp' : 'không đọc được tệp';
    return failure(path, `${reason} ${path}.`, `cannot read ${path}: ${(error as Error).message}`);
  }
  return loadPlanWorkbookBuffer(bytes, path);
}

export async function loadPlanWorkbookBuffer(bytes: Buffer, fileName: string): Promise<LoadPlanResult> {
  const container = checkWorkbookContainer(bytes);
  if (!container.ok) return failure(fileName, container.message, container.messageEn);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await openWorkbook(bytes);
  } catch {
    return failure(
      fileName,
      'tệp .xlsx bị hỏng hoặc không phải bảng tính Excel; hãy mở bằng Excel và lưu lại dạng .xlsx.',
      'the .xlsx file is damaged or not an Excel workbook.',
    );
  }
  // counted before any cell is read or checked: a runaway sheet is refused in seconds, not minutes
  const taskRows = taskRowCount(workbook);
  if (taskRows > MAX_PLAN_TASKS) {
    const refusal = tooManyTasksMessage(taskRows);
    return failure(fileName, refusal.message, refusal.messageEn);
  }
  const read = sheetsToPlan(workbook.worksheets.map(rawSheet));
  const place = (path: ReadonlyArray<string | number>, severity: 'error' | 'warning', message: string, messageEn: string): WorkbookProblem => ({
    severity,
    ...read.locate(path),
    message,
    messageEn,
  });
  const validated = validatePlanData(read.data, place);
  const formulas = uncalculatedFormulas(workbook);
  // a formula's cell reads as empty: its own message says why, not "missing"
  const found = [...formulas, ...read.problems.filter((problem) => !formulas.some((cell) => sameCell(cell, problem)))];
  // the schema sees the same cells again (a bad date stays as written): one message per cell is enough
  for (const problem of validated.ok ? [] : validated.errors) if (!found.some((known) => sameCell(known, problem))) found.push(problem);
  const errors = withoutKnockOns(found);
  const warnings = validated.warnings.map((w) => toIssue(fileName, w));
  if (errors.length > 0 || !validated.ok) return { ok: false, errors: sortProblems(errors).map((e) => toIssue(fileName, e)), warnings };
  return { ok: true, plan: validated.plan, warnings };
}

/** Every sheet's cells as plain values (dates as local dates); throws when exceljs cannot open the bytes. */
export async function readRawSheets(bytes: Buffer): Promise<RawSheet[]> {
  return (await openWorkbook(bytes)).worksheets.map(rawSheet);
}

async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Rows holding anything in the tasks sheet, less its header row (0 without the sheet). */
function taskRowCount(workbook: ExcelJS.Workbook): number {
  const sheet = workbook.worksheets.find((ws) => foldVietnamese(ws.name) === foldVietnamese(TASKS_SHEET.name));
  return sheet ? Math.max(0, sheet.actualRowCount - 1) : 0;
}

function rawSheet(ws: ExcelJS.Worksheet): RawSheet {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return { name: ws.name, rows };
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // Excel dates carry no time zone: exceljs gives them as UTC wall-clock fields
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes() + (value.getUTCSeconds() >= 30 ? 1 : 0);
    return h === 0 && m === 0 ? { date } : { date, time: `${pad(h)}:${pad(m)}` };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  // A formula is read as the result Excel saved with it, i.e. what the secretary sees in the cell
  // (Excel and LibreOffice always save it); one never calculated is refused (uncalculated-formulas.ts).
  if ('result' in value) return value.result === undefined ? null : cellValue(value.result as ExcelJS.CellValue);
  return null;
}

function toIssue(file: string, problem: WorkbookProblem): PlanIssue {
  return {
    file,
    line: 0,
    column: 0,
    path: '',
    severity: problem.severity,
    ...(problem.missing && { missing: true }),
    message: formatWorkbookProblem({ ...problem, severity: 'error' }),
    messageEn: formatWorkbookProblem({ ...problem, severity: 'error' }, true),
  };
}

const SHEET_ORDER = ['Kế hoạch', 'Nhiệm vụ', 'Đơn vị', 'Nhóm đơn vị', 'Giai đoạn', 'Tiêu chí'];

function sortProblems(problems: WorkbookProblem[]): WorkbookProblem[] {
  const rank = (sheet: string) => (SHEET_ORDER.indexOf(sheet) + SHEET_ORDER.length + 1) % (SHEET_ORDER.length + 1);
  // a missing sheet or column first, then a missing header row: each explains problems elsewhere
  const whole = (p: WorkbookProblem) => (p.missing ? 0 : p.row === undefined ? 1 : 2);
  return problems.sort((a, b) => whole(a) - whole(b) || rank(a.sheet) - rank(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}

function failure(file: string, message: string, messageEn: string): LoadPlanResult {
  return { ok: false, warnings: [], errors: [{ file, line: 0, column: 0, path: '', severity: 'error', message, messageEn }] };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
