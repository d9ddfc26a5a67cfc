/**
 * The appendix table as an .xlsx: one sheet with every task (frozen header, filters, column widths,
 * real dates), a sheet of per-unit counts, and a sheet per unit with its parts (its role, its bucket).
 */
import ExcelJS from 'exceljs';
import { type AppendixRow, appendixTaskText, OFFICIAL_BUCKET_LABEL_VI, type ReportModel } from '../../core/reports/build-report-model.ts';
import { supportDoneText } from '../../core/digest/official-counts.ts';
import { documentText } from '../../core/text/document-text.ts';
import { localDateKey } from '../../core/time/zone.ts';
import { OFFICIAL_BUCKETS } from '../../core/status/derive-task-state.ts';
import { OFFICIAL_LABEL_VI } from '../../core/digest/official-counts.ts';
import { APPENDIX_TITLES, lastReportText } from '../docx/docx-appendix.ts';
import { wrappedRowHeight } from './row-height.ts';

// about 200 width units: printed one page wide on landscape A4 at about three quarters of full size
const WIDTHS = [5, 40, 18, 16, 22, 12, 40, 18, 26];
const DATE_FORMAT = 'dd/mm/yyyy';
const FONT = { name: 'Times New Roman', size: 12 };

/** The Vietnam calendar day of an instant as an Excel date (Excel dates have no zone). */
export function excelDate(instant: Date): Date {
  const [y, m, d] = localDateKey(instant).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The row of the task sheet, or of a unit's sheet with that unit's own part (its bucket, its own last report). */
function rowValues(row: AppendixRow, part?: AppendixRow['parts'][number]): (string | number | Date)[] {
  return [
    row.index,
    appendixTaskText(row),
    row.source,
    row.lead,
    row.supports.join('; '),
    row.due ? excelDate(row.due) : 'Không có hạn',
    lastReportText(part ?? row),
    OFFICIAL_BUCKET_LABEL_VI[part?.official ?? row.official],
    row.note,
  ];
}

/**
 * Printed on landscape A4, every column on one page wide and as many pages down as it needs, the header
 * row on each page. `fitToPage` writes sheetPr/pageSetUpPr fitToPage="1": without it Excel and
 * LibreOffice ignore fitToWidth and print each column on its own pages.
 */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

function taskSheet(
  book: ExcelJS.Workbook,
  name: string,
  titles: readonly string[],
  rows: (string | number | Date)[][],
  widths: readonly number[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_SETUP });
  sheet.pageSetup.printTitlesRow = '1:1';
  const clean = (value: string | number | Date) => (typeof value === 'string' ? documentText(value) : value);
  const columnWidths = titles.map((_, i) => widths[i] ?? 16);
  sheet.columns = titles.map((header, i) => ({ header: documentText(header), width: columnWidths[i] }));
  sheet.getRow(1).height = wrappedRowHeight(titles, columnWidths);
  for (const values of rows) sheet.addRow(values.map(clean)).height = wrappedRowHeight(values.map(clean), columnWidths);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } };
  sheet.eachRow((r, n) => {
    r.eachCell((cell) => {
      cell.font = n === 1 ? { ...FONT, bold: true } : FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
  return sheet;
}

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters; names must be unique. */
function sheetName(code: string, used: Set<string>): string {
  const base =
    documentText(code)
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, 28) || 'Đơn vị';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
  used.add(name.toLowerCase());
  return name;
}

export async function renderReportXlsx(model: ReportModel): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Điều phối';
  const used = new Set<string>(['nhiệm vụ', 'tổng hợp']);
  taskSheet(
    book,
    'Nhiệm vụ',
    APPENDIX_TITLES,
    model.rows.map((r) => rowValues(r)),
    WIDTHS,
  );

  const counts = ['Đơn vị', 'Vai trò', 'Tổng số', ...OFFICIAL_BUCKETS.map((bucket) => OFFICIAL_LABEL_VI[bucket]), 'Ghi chú'];
  const summary = model.units.flatMap((u) =>
    (
      [
        ['Chủ trì', u.lead, ''],
        // support parts closed by the lead's confirmed "done" are named as the .docx and /baocao name them
        ['Phối hợp', u.support, u.supportClosedByLead > 0 ? supportDoneText(u) : ''],
      ] as const
    ).map(([role, c, note]) => [u.unit.shortName ?? u.unit.name, role, c.total, ...OFFICIAL_BUCKETS.map((bucket) => c[bucket]), note]),
  );
  taskSheet(book, 'Tổng hợp', counts, summary, [34, 12, 10, 14, 14, 14, 16, 16, 16, 40]);

  for (const { unit } of model.units) {
    const own = model.rows.flatMap((row) => {
      const part = row.parts.find((p) => p.unitCode === unit.code);
      return part ? [[part.role === 'lead' ? 'Chủ trì' : 'Phối hợp', ...rowValues(row, part)]] : [];
    });
    taskSheet(book, sheetName(unit.code, used), ['Vai trò', ...APPENDIX_TITLES], own, [10, ...WIDTHS]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
