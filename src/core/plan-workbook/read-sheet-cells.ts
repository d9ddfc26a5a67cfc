import { daysInMonth } from '../time/local-date.ts';
import { parseLocalDateTime } from '../time/parse-local-date-time.ts';
import { foldVietnamese } from '../text/fold.ts';
import type { WorkbookProblem } from './workbook-problem.ts';
import { type CellValue, type ColumnDef, isDateCell, LIST_SEPARATOR, type TableSheetDef } from './workbook-layout.ts';

/** A sheet as read from the file: rows[0] is Excel's row 1; blank rows are kept so numbers stay right. */
export interface RawSheet {
  name: string;
  rows: CellValue[][];
}

/** One data row of a table sheet: its Excel row number and its cells by column key. */
export interface SheetRow {
  row: number;
  get(key: string): CellValue;
}

export type Report = (problem: Omit<WorkbookProblem, 'severity' | 'sheet'> & { sheet?: string }) => void;

/** Finds a sheet by name, tolerant of case, spaces and missing diacritics ("nhiem vu"). */
export function findSheet(sheets: readonly RawSheet[], name: string): RawSheet | undefined {
  const wanted = foldVietnamese(name);
  return sheets.find((sheet) => foldVietnamese(sheet.name) === wanted);
}

/**
 * The data rows of a table sheet, columns found by header (any order, any case, with or without
 * diacritics, Vietnamese or English). A missing required column is reported; its cells read as blank.
 */
export function readTable(sheet: RawSheet, def: TableSheetDef, report: Report): SheetRow[] {
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  if (headerIndex < 0) {
    const headers = def.columns.filter((c) => c.required).map((c) => `"${c.header}"`);
    report({
      row: 1,
      message: `sheet trống: dòng đầu phải là tiêu đề các cột ${headers.join(', ')}.`,
      messageEn: 'the sheet is empty: the first row must hold the column headers.',
    });
    return [];
  }
  const header = sheet.rows[headerIndex] ?? [];
  const columns = new Map<string, number>();
  for (const column of def.columns) {
    const names = [column.header, column.headerEn].map(foldVietnamese);
    const index = header.findIndex((cell) => names.includes(foldVietnamese(cellText(cell))));
    if (index >= 0) columns.set(column.key, index);
    else if (column.required) {
      report({
        row: headerIndex + 1,
        message: `thiếu cột "${column.header}".`,
        messageEn: `missing column "${column.headerEn}".`,
        missing: { sheet: def.name, column: column.header },
      });
    }
  }
  const rows: SheetRow[] = [];
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] ?? [];
    const used = [...columns.values()].some((index) => cellText(cells[index] ?? null) !== '');
    if (!used) continue;
    rows.push({ row: i + 1, get: (key) => (columns.has(key) ? (cells[columns.get(key)!] ?? null) : null) });
  }
  return rows;
}

/** The text of a cell, trimmed; a date cell as dd/MM/yyyy. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) {
    const [y, m, d] = cell.date.split('-');
    return `${d}/${m}/${y}${cell.time ? ` ${cell.time}` : ''}`;
  }
  return String(cell).trim();
}

export function cellList(cell: CellValue): string[] {
  return cellText(cell)
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function cellLines(cell: CellValue): string[] {
  return cellText(cell)
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const YES = new Set(['co', 'x', 'yes', 'true', '1', 'v', '✓', 'can kiem tra']);
const NO = new Set(['', 'khong', 'no', 'false', '0', '-']);

/** "có" / "x" → true, blank / "không" → undefined (omitted); anything else is reported. */
export function cellFlag(cell: CellValue, column: ColumnDef, row: number, report: Report): true | undefined {
  if (cell === true) return true;
  if (cell === false) return undefined;
  const folded = foldVietnamese(cellText(cell));
  if (YES.has(folded)) return true;
  if (!NO.has(folded)) {
    report({
      row,
      column: column.header,
      message: `'${cellText(cell)}' không hiểu được: ghi "có" hoặc để trống.`,
      messageEn: `'${cellText(cell)}' is not understood: write "có" or leave it blank.`,
    });
  }
  return undefined;
}

/**
 * A date cell as the plan file writes it (yyyy-MM-dd or yyyy-MM-ddTHH:mm). Real Excel dates and text
 * dd/MM/yyyy are both accepted; a date that does not exist is reported and kept as written.
 */
export function cellDate(cell: CellValue, column: ColumnDef, row: number, report: Report): string | undefined {
  if (cell === null || cell === '') return undefined;
  if (isDateCell(cell)) return cell.time ? `${cell.date}T${cell.time}` : cell.date;
  if (typeof cell === 'number') {
    const date = excelSerialDate(cell);
    if (date) return date;
  }
  const text = cellText(cell);
  if (text === '') return undefined;
  const parsed = parseLocalDateTime(text);
  if (parsed.ok) {
    const { year, month, day, hour, minute } = parsed.value;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    return hour === undefined ? date : `${date}T${pad(hour)}:${pad(minute ?? 0)}`;
  }
  const why =
    parsed.reason === 'calendar'
      ? ` (tháng ${parsed.month}/${parsed.year} chỉ có ${parsed.daysInMonth} ngày)`
      : parsed.reason === 'time'
        ? ' (giờ không hợp lệ)'
        : ' (ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2023)';
  report({
    row,
    column: column.header,
    message: `'${text}' không phải ngày hợp lệ${why}.`,
    messageEn: `'${text}' is not a valid date (write day/month/year, e.g. 15/12/2023).`,
  });
  return text;
}

/** Excel's serial day number (1900 system, day 60 is the fictitious 29/02/1900) as yyyy-MM-dd. */
function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return undefined;
  let days = Math.floor(serial) - 61; // serial 61 is 01/03/1900
  let year = 1900;
  let month = 3;
  while (days > 0) {
    const left = daysInMonth(year, month);
    if (days < left) break;
    days -= left;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  const fraction = serial - Math.floor(serial);
  const date = `${year}-${pad(month)}-${pad(days + 1)}`;
  if (fraction === 0) return date;
  const minutes = Math.round(fraction * 24 * 60);
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
