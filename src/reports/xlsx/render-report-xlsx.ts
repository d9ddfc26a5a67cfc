/**
 * The appendix table as an .xlsx: one sheet with every task (frozen header, filters, column widths,
 * real dates), a sheet of per-unit counts, and a sheet per unit with its parts (its role, its bucket).
 */
import ExcelJS from 'exceljs';
import { type AppendixRow, appendixTaskText, OFFICIAL_BUCKET_LABEL_VI, type ReportModel } from '../../core/reports/build-report-model.ts';
import { documentText } from '../../core/text/document-text.ts';
import { localDateKey } from '../../core/time/zone.ts';
import { OFFICIAL_BUCKETS } from '../../core/status/derive-task-state.ts';
import { OFFICIAL_LABEL_VI } from '../../core/digest/official-counts.ts';
import { APPENDIX_TITLES, lastReportText } from '../docx/docx-appendix.ts';

const WIDTHS = [6, 50, 28, 22, 30, 12, 50, 26, 40];
const DATE_FORMAT = 'dd/mm/yyyy';
const FONT = { name: 'Times New Roman', size: 12 };

/** The Vietnam calendar day of an instant as an Excel date (Excel dates have no zone). */
export function excelDate(instant: Date): Date {
  const [y, m, d] = localDateKey(instant).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function rowValues(row: AppendixRow, official: AppendixRow['official'] = row.official): (string | number | Date)[] {
  return [
    row.index,
    appendixTaskText(row),
    row.source,
    row.lead,
    row.supports.join('; '),
    row.due ? excelDate(row.due) : 'Không có hạn',
    lastReportText(row),
    OFFICIAL_BUCKET_LABEL_VI[official],
    row.note,
  ];
}

function taskSheet(
  book: ExcelJS.Workbook,
  name: string,
  titles: readonly string[],
  rows: (string | number | Date)[][],
  widths: readonly number[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = titles.map((header, i) => ({ header: documentText(header), width: widths[i] ?? 16 }));
  for (const values of rows) sheet.addRow(values.map((value) => (typeof value === 'string' ? documentText(value) : value)));
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

  const counts = ['Đơn vị', 'Vai trò', 'Tổng số', ...OFFICIAL_BUCKETS.map((bucket) => OFFICIAL_LABEL_VI[bucket])];
  const summary = model.units.flatMap(({ unit, lead, support }) =>
    (
      [
        ['Chủ trì', lead],
        ['Phối hợp', support],
      ] as const
    ).map(([role, c]) => [unit.shortName ?? unit.name, role, c.total, ...OFFICIAL_BUCKETS.map((bucket) => c[bucket])]),
  );
  taskSheet(book, 'Tổng hợp', counts, summary, [34, 12, 10, 14, 14, 14, 16, 16, 16]);

  for (const { unit } of model.units) {
    const own = model.rows.flatMap((row) => {
      const part = row.parts.find((p) => p.unitCode === unit.code);
      return part ? [[part.role === 'lead' ? 'Chủ trì' : 'Phối hợp', ...rowValues(row, part.official)]] : [];
    });
    taskSheet(book, sheetName(unit.code, used), ['Vai trò', ...APPENDIX_TITLES], own, [10, ...WIDTHS]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
